import { describe, expect, it } from 'vitest'
import { carryOverResponse, parseResponseFor, type AssessmentResponse } from '../../src/domain/index.ts'
import { loadQuestionnaireFile } from '../builders/questionnaire.ts'
import { said } from '../said.ts'

const v1 = loadQuestionnaireFile('archive/groundwork-1.0.json')
const v2 = loadQuestionnaireFile('groundwork.json')

const old: AssessmentResponse = {
  format: 'groundwork-response',
  formatVersion: 2,
  id: 'owner-2025',
  questionnaire: { id: 'groundwork', version: '1.0' },
  company: { name: 'Haustechnik Beispiel' },
  answers: Object.fromEntries(
    v1.questions.map((q, i) => [q.id, i === 0 ? { choice: 3, note: 'steht im Angebot' } : { choice: (i % 5) as 0 }]),
  ),
  targets: { 'business-model': 'practised', technology: 'no-such-level' },
  createdAt: '2025-06-01T09:00:00.000Z',
  updatedAt: '2025-06-01T09:00:00.000Z',
}

describe('an assessment answered on 1.0 opens on 2.0', () => {
  const mapping = v2.carryOver!.find((c) => c.fromVersion === '1.0')!.questions
  const moved = carryOverResponse(old, v2, new Date('2026-12-02T10:00:00Z'))

  it('keeps the answer and note of every question whose meaning stayed, under its new id', () => {
    expect(moved.ok).toBe(true)
    if (!moved.ok) return
    const { response, summary } = moved.value
    expect(response.questionnaire).toEqual({ id: 'groundwork', version: '2.0' })
    for (const [from, to] of Object.entries(mapping)) expect(response.answers[to]).toEqual(old.answers[from])
    expect(response.answers['bm-value-statement']).toEqual({ choice: 3, note: 'steht im Angebot' })
    expect(summary.carried).toHaveLength(new Set(Object.values(mapping)).size)
    expect(response.company).toEqual(old.company)
    expect(response.updatedAt).toBe('2026-12-02T10:00:00.000Z')
  })

  it('lists what is left behind and what is new, and drops a target that names no level', () => {
    if (!moved.ok) return
    const { response, summary } = moved.value
    const left = v1.questions.map((q) => q.id).filter((id) => !(id in mapping))
    expect(summary.dropped.sort()).toEqual(left.sort())
    const continued = new Set(Object.values(mapping))
    expect(summary.added).toEqual(v2.questions.filter((q) => !continued.has(q.id)).map((q) => q.id))
    expect(summary.added.length).toBeGreaterThan(0)
    expect(response.targets).toEqual({ 'business-model': 'practised' })
  })

  it('leaves the earlier response untouched: its 1.0 report stays as it was', () => {
    expect(old.questionnaire.version).toBe('1.0')
    expect(Object.keys(old.answers)).toHaveLength(v1.questions.length)
  })

  it('imports a 1.0 response file the same way', () => {
    const imported = parseResponseFor(JSON.stringify({ ...old, formatVersion: 1 }), v2)
    expect(imported.ok).toBe(true)
    if (!imported.ok) return
    expect(imported.value.carriedOver?.fromVersion).toBe('1.0')
    expect(imported.value.response.questionnaire.version).toBe('2.0')
  })

  it('refuses a version it has no carry-over for, saying which', () => {
    const result = parseResponseFor(JSON.stringify({ ...old, questionnaire: { id: 'groundwork', version: '0.9' } }), v2)
    expect(result.ok).toBe(false)
    expect(!result.ok && said(result.problems)[0]!.message).toMatch(/version 0\.9, not “groundwork” version 2\.0/)
  })
})

describe('bad inventory answers are named, with where', () => {
  const base = { ...old, questionnaire: { id: 'groundwork', version: '2.0' }, answers: {} }
  it('an answer that is not one of the allowed values', () => {
    const result = parseResponseFor(JSON.stringify({ ...base, adoption: { crm: { choice: 'sometimes' } } }), v2)
    expect(result.ok).toBe(false)
    expect(!result.ok && said(result.problems)[0]).toMatchObject({
      path: 'adoption.crm.choice',
      message: expect.stringContaining('“notIntroduced”, “fewUse”, “mostUse”, “notNeeded” or “dontKnow”'),
    })
  })

  it('an inventory item that does not exist', () => {
    const result = parseResponseFor(JSON.stringify({ ...base, adoption: { telex: { choice: 'mostUse' } } }), v2)
    expect(!result.ok && said(result.problems)).toMatchObject([
      { path: 'adoption.telex', message: "no such item in this questionnaire's inventory" },
    ])
  })

  it('a tool on offer that is not in the inventory', () => {
    const result = parseResponseFor(JSON.stringify({ ...base, consideringTool: 'telex' }), v2)
    expect(!result.ok && result.problems[0]!.path).toBe('consideringTool')
  })
})
