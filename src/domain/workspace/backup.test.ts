// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { Questionnaire } from '../questionnaire/schema.ts'
import { createResponse } from '../response/create.ts'
import { WORKSHOP_FORMAT, WORKSHOP_FORMAT_VERSION } from '../team/workshop.ts'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import {
  applyPlan,
  createBackup,
  emptyContents,
  migrateBackup,
  parseBackup,
  planRestore,
  recordsToWrite,
  summarisePlan,
  validateBackup,
  type WorkspaceContents,
} from './backup.ts'
import {
  questionnaireKey,
  tombstone,
  type AssessmentRecord,
  type ClientRecord,
  type QuestionnaireRecord,
  type RecordKind,
  type WorkshopRecord,
  validateRecord,
} from './records.ts'
import { said } from '../../../tests/said.ts'
import type { Result } from '../validation.ts'

/** A result with its problems as an English reader gets them. */
const told = <T>(r: Result<T>) => (r.ok ? r : { ok: false, problems: said(r.problems) })

const v1 = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 2 },
  { id: 'tech', layer: 'tools', questions: 1 },
])
const v2: Questionnaire = { ...v1, version: '2.0' }
const v3: Questionnaire = { ...v1, version: '3.0' }

/** Noon on a day of November 2026: the records' ages in these tests. */
const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12))
const stamp = (n: number) => day(n).toISOString()

function client(id: string, name: string, updated = 1): ClientRecord {
  return { id, name, createdAt: stamp(1), updatedAt: stamp(updated) }
}

function assessment(id: string, clientId: string | null, questionnaire = v1, updated = 1): AssessmentRecord {
  const response = { ...createResponse(questionnaire, id, day(1)), answers: { 'bm-1': { choice: 2 as const } } }
  return { id, clientId, response, updatedAt: stamp(updated) }
}

function workshop(id: string, clientId: string | null, questionnaire = v1): WorkshopRecord {
  const { id: questionnaireId, version } = questionnaire
  return {
    id,
    clientId,
    updatedAt: stamp(1),
    workshop: {
      format: WORKSHOP_FORMAT,
      formatVersion: WORKSHOP_FORMAT_VERSION,
      id,
      title: 'Kick-off',
      date: '2026-11-20',
      questionnaire: { id: questionnaireId, version },
      roles: ['management'],
      participants: [],
      consensus: {},
      createdAt: stamp(1),
      updatedAt: stamp(1),
    },
  }
}

function library(questionnaire: Questionnaire): QuestionnaireRecord {
  const id = questionnaireKey(questionnaire.id, questionnaire.version)
  return { id, questionnaire, addedAt: stamp(1), updatedAt: stamp(1) }
}

function workspace(changes: Partial<WorkspaceContents> = {}): WorkspaceContents {
  return { ...emptyContents(), ...changes }
}

const muller = client('a', 'Müller GmbH')
const schmidt = client('b', 'Schmidt KG')
const full = workspace({
  clients: [muller, schmidt, tombstone(client('c', 'Gone AG'), day(2))],
  assessments: [
    assessment('a-1', 'a'),
    tombstone(assessment('a-2', 'a', v3), day(2)),
    assessment('b-1', 'b', v3),
    assessment('own', null, v3),
  ],
  workshops: [workshop('a-w', 'a', v2)],
  questionnaires: [library(v1), library(v2), library(v3)],
  branding: [{ id: 'default', name: 'Mine', branding: { accent: '#1d5c63' }, updatedAt: stamp(1) }],
})

describe('creating a backup', () => {
  it('round-trips everything, tombstones included, through JSON', () => {
    const backup = createBackup(full, { kind: 'all' }, day(3))
    expect(backup).toMatchObject({ format: 'groundwork-workspace', formatVersion: 1, exportedAt: stamp(3) })
    expect(backup.clients).toHaveLength(3)
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup })
  })

  it("holds one client's live records and only the questionnaires they answer", () => {
    const backup = createBackup(full, { kind: 'client', clientId: 'a', clientName: 'Müller GmbH' }, day(3))
    expect(backup.clients).toEqual([muller])
    expect(backup.assessments.map((record) => record.id)).toEqual(['a-1'])
    expect(backup.workshops.map((record) => record.id)).toEqual(['a-w'])
    expect(backup.questionnaires.map((record) => record.id)).toEqual(['test@1.0', 'test@2.0'])
    expect(backup.branding).toEqual([])
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup })
  })

  it("keeps a deleted client's own tombstone, so the deletion can travel", () => {
    const backup = createBackup(full, { kind: 'client', clientId: 'c', clientName: 'Gone AG' })
    expect(backup.clients.map((record) => record.deletedAt)).toEqual([stamp(2)])
    expect(backup.questionnaires).toEqual([])
  })
})

describe('reading a backup', () => {
  const text = JSON.stringify(createBackup(full, { kind: 'all' }, day(3)))
  /** The backup as JSON.parse gives it back, open to any damage a file can have. */
  type Damageable = Record<RecordKind, unknown[]> & Record<string, unknown>
  const edited = (edit: (backup: Damageable) => void) => {
    const backup = JSON.parse(text) as Damageable
    edit(backup)
    return validateBackup(backup)
  }

  it('refuses a foreign file with one problem at its format', () => {
    const response = createResponse(v1, 'r-1', day(1))
    expect(told(parseBackup(JSON.stringify(response)))).toMatchObject({
      ok: false,
      problems: [
        { path: 'format', message: 'not a Groundwork workspace backup (expected format "groundwork-workspace")' },
      ],
    })
    expect(told(validateBackup([1, 2]))).toMatchObject({
      ok: false,
      problems: [{ path: '(root)', message: 'must be a JSON object' }],
    })
  })

  it('refuses a file cut short', () => {
    const result = parseBackup(text.slice(0, text.length / 2))
    expect(told(result)).toMatchObject({ ok: false, problems: [{ path: '(root)', message: /^not valid JSON/ }] })
  })

  it('refuses a backup from a newer Groundwork, saying so', () => {
    expect(told(parseBackup(text.replace('"formatVersion":1', '"formatVersion":2')))).toMatchObject({
      ok: false,
      problems: [
        {
          path: 'formatVersion',
          message: 'version 2 was written by a newer Groundwork; this one reads up to version 1',
        },
      ],
    })
  })

  it('names every problem at its place, however deep, and returns nothing', () => {
    const result = edited((backup) => {
      ;(backup.clients[0] as ClientRecord).name = ' '
      ;(backup.assessments[3] as AssessmentRecord).response.answers['bm-1'] = { choice: 7 as 4 }
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((problem) => problem.path)).toEqual([
      'clients[0].name',
      'assessments[3].response.answers.bm-1.choice',
    ])
  })

  it('refuses two records of a kind with one id', () => {
    const result = edited((backup) => backup.clients.push({ ...muller, name: 'Müller AG' }))
    expect(told(result)).toMatchObject({
      ok: false,
      problems: [{ path: 'clients[3].id', message: '“a” is already the id of clients[0]' }],
    })
  })

  it('refuses a missing list, an unknown field and more records than any workspace holds', () => {
    const result = edited((backup) => {
      delete (backup as Partial<Damageable>).workshops
      backup.extra = []
      backup.branding = Array.from({ length: 100_001 }, () => null)
    })
    expect(!result.ok && result.problems.map(({ path }) => path).sort()).toEqual(['(root)', 'branding', 'workshops'])
  })

  it('upgrades an older format through the registered step', () => {
    const upgraded = migrateBackup(
      { format: 'groundwork-workspace', formatVersion: 1 },
      { 1: (old) => ({ ...old, x: 1 }) },
      2,
    )
    expect(upgraded).toEqual({ ok: true, value: { format: 'groundwork-workspace', formatVersion: 2, x: 1 } })
  })
})

describe('restoring a backup', () => {
  it('adds new ids, replaces strictly older records and keeps the rest', () => {
    const local = workspace({
      clients: [client('a', 'Müller', 1), client('c', 'Same', 2), client('d', 'Mine is newer', 3)],
    })
    const incoming = workspace({
      clients: [
        client('a', 'Müller GmbH', 2),
        client('b', 'Schmidt KG'),
        client('c', 'Same', 2),
        client('d', 'Old', 1),
      ],
    })
    const plan = planRestore(local, incoming)
    expect(plan.clients.add.map(({ name }) => name)).toEqual(['Schmidt KG'])
    expect(plan.clients.replace.map(({ before, after }) => [before.name, after.name])).toEqual([
      ['Müller', 'Müller GmbH'],
    ])
    expect(plan.clients.keep).toBe(2)
    expect(applyPlan(local, plan).clients.map(({ id, name }) => `${id} ${name}`)).toEqual([
      'a Müller GmbH',
      'c Same',
      'd Mine is newer',
      'b Schmidt KG',
    ])
    expect(recordsToWrite(plan).clients.map(({ id }) => id)).toEqual(['a', 'b'])
    const summary = summarisePlan(plan)
    expect(summary.kinds.clients).toEqual({ added: 1, replaced: 1, deleted: 0, unchanged: 2 })
    expect(summary.clientNames).toEqual({ added: ['Schmidt KG'], replaced: ['Müller GmbH'], deleted: [] })
    expect(summary.changesNothing).toBe(false)
  })

  it('deletes a record when the backup deleted it later', () => {
    const local = workspace({ assessments: [assessment('x', 'a')], clients: [muller] })
    const incoming = workspace({
      assessments: [tombstone(assessment('x', 'a'), day(2))],
      clients: [tombstone(muller, day(2))],
    })
    const plan = planRestore(local, incoming)
    const after = applyPlan(local, plan)
    expect(after.assessments.map(({ deletedAt }) => deletedAt)).toEqual([stamp(2)])
    expect(summarisePlan(plan).kinds.assessments).toEqual({ added: 0, replaced: 0, deleted: 1, unchanged: 0 })
    expect(summarisePlan(plan).clientNames.deleted).toEqual(['Müller GmbH'])
  })

  it('keeps a record deleted here even when the backup has an older live version', () => {
    const local = workspace({ assessments: [tombstone(assessment('x', 'a'), day(3))] })
    const incoming = workspace({ assessments: [assessment('x', 'a', v1, 2)] })
    const plan = planRestore(local, incoming)
    expect(applyPlan(local, plan)).toEqual(local)
    expect(summarisePlan(plan).changesNothing).toBe(true)
  })

  it('brings a deleted record back when the backup holds a newer live version', () => {
    const local = workspace({ clients: [tombstone(muller, day(2))] })
    const plan = planRestore(local, workspace({ clients: [client('a', 'Müller GmbH', 3)] }))
    expect(summarisePlan(plan).kinds.clients).toMatchObject({ added: 1, replaced: 0 })
  })

  it('changes nothing when a workspace gets its own backup back', () => {
    const plan = planRestore(full, createBackup(full, { kind: 'all' }))
    expect(recordsToWrite(plan)).toEqual(emptyContents())
    expect(applyPlan(full, plan)).toEqual(full)
    expect(summarisePlan(plan).kinds.assessments).toEqual({ added: 0, replaced: 0, deleted: 0, unchanged: 4 })
  })

  it('compares times as instants, whatever their offset', () => {
    const local = workspace({ clients: [{ ...muller, updatedAt: '2026-11-01T12:00:00+02:00' }] })
    const plan = planRestore(local, workspace({ clients: [{ ...muller, updatedAt: '2026-11-01T11:00:00Z' }] }))
    expect(plan.clients.replace).toHaveLength(1)
  })
})

describe('validateRecord', () => {
  it('takes a record that carries what its id says', () => {
    expect(validateRecord('workshops', workshop('w1', null)).ok).toBe(true)
    expect(validateRecord('questionnaires', library(v2))).toEqual({ ok: true, value: library(v2) })
  })

  it('refuses a workshop or questionnaire stored under another id, saying where', () => {
    const moved = { ...workshop('w1', null), id: 'w2' }
    expect(validateRecord('workshops', moved)).toEqual({
      ok: false,
      problems: [{ path: 'workshop.id', issue: { code: 'record_id' } }],
    })
    const misfiled = { ...library(v1), id: questionnaireKey(v1.id, '2.0') }
    expect(validateRecord('questionnaires', misfiled)).toEqual({
      ok: false,
      problems: [{ path: 'id', issue: { code: 'record_id', expected: questionnaireKey(v1.id, v1.version) } }],
    })
  })

  it('places the problems of what a record carries under its field', () => {
    const broken = { ...assessment('a1', null), response: { format: 'nope' } }
    const result = validateRecord('assessments', broken)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.every((p) => p.path.startsWith('response.'))).toBe(true)
  })
})
