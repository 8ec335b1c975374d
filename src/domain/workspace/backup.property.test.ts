// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Questionnaire } from '../questionnaire/schema.ts'
import { createResponse } from '../response/create.ts'
import { WORKSHOP_FORMAT, WORKSHOP_FORMAT_VERSION } from '../team/workshop.ts'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import {
  applyPlan,
  createBackup,
  emptyContents,
  parseBackup,
  planRestore,
  recordsToWrite,
  summarisePlan,
  validateBackup,
  type BackupScope,
  type WorkspaceContents,
} from './backup.ts'
import { questionnaireKey, RECORD_KINDS, type RecordBase } from './records.ts'

const params = { seed: 20261205, numRuns: Number(process.env.FC_RUNS ?? 300) }

const v1 = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 2 },
  { id: 'tech', layer: 'tools', questions: 1 },
])
const versions: Questionnaire[] = [v1, { ...v1, version: '2.0' }, { ...v1, version: '3.0' }]

// Few ids and few days, so that two workspaces share records and their ages often tie.
const ids = ['a', 'b', 'c', 'd']
const stamp = (day: number) => new Date(Date.UTC(2026, 10, day, 12)).toISOString()

/** What tells two versions of a record apart: its age, whether it is deleted, and some content. */
interface Version {
  id: string
  day: number
  deleted: boolean
  variant: number
}
const version = (idPool: readonly string[]) =>
  fc.record({
    id: fc.constantFrom(...idPool),
    day: fc.integer({ min: 1, max: 4 }),
    deleted: fc.boolean(),
    variant: fc.nat({ max: 4 }),
  })
const base = ({ id, day, deleted }: Version): RecordBase => ({
  id,
  updatedAt: stamp(day),
  ...(deleted ? { deletedAt: stamp(day) } : {}),
})
const clientId = (v: Version) => (v.variant === 0 ? null : ids[v.variant - 1]!)
const questionnaireOf = (v: Version) => versions[v.variant % versions.length]!

const kindOf = <R extends RecordBase>(idPool: readonly string[], build: (v: Version) => R) =>
  fc.uniqueArray(version(idPool), { selector: (v) => v.id, maxLength: idPool.length }).map((list) => list.map(build))

const contents: fc.Arbitrary<WorkspaceContents> = fc.record({
  clients: kindOf(ids, (v) => ({ ...base(v), name: `Client ${v.id} ${v.variant}`, createdAt: stamp(1) })),
  assessments: kindOf(ids, (v) => ({
    ...base(v),
    clientId: clientId(v),
    response: { ...createResponse(questionnaireOf(v), v.id, new Date(stamp(1))), answers: { 'bm-1': { choice: 2 } } },
  })),
  workshops: kindOf(ids, (v) => ({
    ...base(v),
    clientId: clientId(v),
    workshop: {
      format: WORKSHOP_FORMAT,
      formatVersion: WORKSHOP_FORMAT_VERSION,
      id: v.id,
      title: `Workshop ${v.variant}`,
      date: '2026-11-20',
      questionnaire: { id: questionnaireOf(v).id, version: questionnaireOf(v).version },
      roles: ['management'],
      participants: [],
      consensus: {},
      createdAt: stamp(1),
      updatedAt: stamp(v.day),
    },
  })),
  questionnaires: kindOf(
    versions.map((q) => questionnaireKey(q.id, q.version)),
    (v) => ({
      ...base(v),
      questionnaire: versions.find((q) => questionnaireKey(q.id, q.version) === v.id)!,
      addedAt: stamp(v.variant + 1),
    }),
  ),
  branding: kindOf(['default', 'other'], (v) => ({ ...base(v), name: `Profile ${v.variant}`, branding: {} })),
})

const scope = fc.oneof(
  fc.constant<BackupScope>({ kind: 'all' }),
  fc.constantFrom(...ids).map((id): BackupScope => ({ kind: 'client', clientId: id, clientName: `Client ${id}` })),
)

const restore = (current: WorkspaceContents, incoming: WorkspaceContents) =>
  applyPlan(current, planRestore(current, incoming))

/** The summary says the plan changes nothing, and applied to `workspace` it indeed leaves it as it is. */
function expectChangesNothing(workspace: WorkspaceContents, plan: ReturnType<typeof planRestore>) {
  expect(summarisePlan(plan).changesNothing).toBe(true)
  expect(applyPlan(workspace, plan)).toEqual(workspace)
}

describe('workspace backup properties', () => {
  it('round-trips every backup through JSON', () => {
    fc.assert(
      fc.property(contents, scope, (workspace, backupScope) => {
        const backup = createBackup(workspace, backupScope, new Date(stamp(5)))
        expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, value: backup })
      }),
      params,
    )
  })

  it('keeps, for every id, the newer of the two versions, and each id once', () => {
    fc.assert(
      fc.property(contents, contents, (current, incoming) => {
        const after = restore(current, incoming)
        for (const kind of RECORD_KINDS) {
          const records: RecordBase[] = after[kind]
          const mine = new Map<string, RecordBase>(current[kind].map((record) => [record.id, record]))
          const theirs = new Map<string, RecordBase>(incoming[kind].map((record) => [record.id, record]))
          expect(new Set(records.map(({ id }) => id)).size).toBe(records.length)
          expect(new Set(records.map(({ id }) => id))).toEqual(new Set([...mine.keys(), ...theirs.keys()]))
          for (const record of records) {
            const local = mine.get(record.id)
            const other = theirs.get(record.id)
            const newer = !local || (other && Date.parse(other.updatedAt) > Date.parse(local.updatedAt)) ? other : local
            expect(record).toEqual(newer)
          }
        }
      }),
      params,
    )
  })

  it('is idempotent: restoring the same backup again changes nothing', () => {
    fc.assert(
      fc.property(contents, contents, (current, incoming) => {
        const once = restore(current, incoming)
        const again = planRestore(once, incoming)
        expect(recordsToWrite(again)).toEqual(emptyContents())
        expectChangesNothing(once, again)
      }),
      params,
    )
  })

  it("changes nothing when a workspace gets its own backup back, whole or one client's", () => {
    fc.assert(
      fc.property(contents, scope, (workspace, backupScope) => {
        const plan = planRestore(workspace, createBackup(workspace, backupScope))
        expectChangesNothing(workspace, plan)
      }),
      params,
    )
  })

  it('counts each record of the backup once in the summary', () => {
    fc.assert(
      fc.property(contents, contents, (current, incoming) => {
        const { kinds } = summarisePlan(planRestore(current, incoming))
        for (const kind of RECORD_KINDS) {
          const { added, replaced, deleted, unchanged } = kinds[kind]
          expect(added + replaced + deleted + unchanged).toBe(incoming[kind].length)
        }
      }),
      params,
    )
  })

  it('never throws on arbitrary input, and accepts none of it', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(validateBackup(data).ok).toBe(false)
      }),
      params,
    )
  })
})
