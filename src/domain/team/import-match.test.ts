import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Answers } from '../response/schema.ts'
import {
  answerChanges,
  awaitsAnswers,
  nameKey,
  preRegisteredMatches,
  resendVerdict,
  sameAdoption,
} from './import-match.ts'
import type { WorkshopParticipant } from './workshop.ts'

const params = { seed: 20261123, numRuns: Number(process.env.FC_RUNS ?? 100) }
const order = ['bm-a', 'bm-b', 'cu-a']

function participant(id: string, extra: Partial<WorkshopParticipant> = {}): WorkshopParticipant {
  return { id, source: 'live', answers: {}, ...extra }
}

describe('what changed between two versions of one person’s answers', () => {
  test('lists each question whose level or note differs, in questionnaire order', () => {
    const before: Answers = { 'cu-a': { choice: 2 }, 'bm-a': { choice: 3 }, 'bm-b': { choice: 1, note: 'alt' } }
    const after: Answers = { 'bm-a': { choice: 1 }, 'bm-b': { choice: 1, note: 'neu' }, 'cu-a': { choice: 2 } }
    expect(answerChanges(before, after, order)).toEqual([
      { questionId: 'bm-a', from: 3, to: 1, noteChanged: false },
      { questionId: 'bm-b', from: 1, to: 1, noteChanged: true },
    ])
  })

  test('an answer taken back or newly given counts; an empty note is no note', () => {
    expect(answerChanges({ 'bm-a': { choice: 'dontKnow' } }, { 'cu-a': { choice: 0, note: '' } }, order)).toEqual([
      { questionId: 'bm-a', from: 'dontKnow', to: undefined, noteChanged: false },
      { questionId: 'cu-a', from: undefined, to: 0, noteChanged: false },
    ])
  })

  const answers = fc.dictionary(
    fc.constantFrom(...order, 'zz-x'),
    fc.record({ choice: fc.constantFrom(0, 1, 2, 3, 4, 'dontKnow' as const) }),
  )
  test('property: no changes exactly when the answers are equal, and comparing back lists the same questions', () => {
    fc.assert(
      fc.property(answers, answers, (a, b) => {
        const there = answerChanges(a, b, order)
        expect(there.length === 0).toBe(JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b)))
        expect(answerChanges(b, a, order).map((c) => c.questionId)).toEqual(there.map((c) => c.questionId))
        expect(answerChanges(a, a, order)).toEqual([])
      }),
      params,
    )
  })
})

function sortKeys(answers: Answers): [string, unknown][] {
  return Object.entries(answers).sort(([x], [y]) => x.localeCompare(y))
}

describe('a response re-sent with an id the workshop holds', () => {
  const imported = participant('p-1', {
    responseId: 'r-1',
    responseUpdatedAt: '2026-11-20T10:00:00.000Z',
    answers: { 'bm-a': { choice: 3 } },
  })

  test('newer and different: the changes to show before updating', () => {
    expect(
      resendVerdict(imported, { answers: { 'bm-a': { choice: 1 } }, updatedAt: '2026-11-20T11:00:00.000Z' }, order),
    ).toEqual({
      verdict: 'newer',
      changes: [{ questionId: 'bm-a', from: 3, to: 1, noteChanged: false }],
      adoptionChanged: false,
    })
  })

  test('the same answers are unchanged whatever the time; different but not newer is older', () => {
    const same = { answers: { 'bm-a': { choice: 3 as const } }, updatedAt: '2026-11-21T10:00:00.000Z' }
    expect(resendVerdict(imported, same, order)).toEqual({ verdict: 'unchanged' })
    const older = { answers: { 'bm-a': { choice: 4 as const } }, updatedAt: '2026-11-19T10:00:00.000Z' }
    expect(resendVerdict(imported, older, order)).toEqual({ verdict: 'older' })
    const sameTime = { answers: { 'bm-a': { choice: 4 as const } }, updatedAt: '2026-11-20T11:00:00+01:00' }
    expect(resendVerdict(imported, sameTime, order)).toEqual({ verdict: 'older' })
  })

  test('an inventory answer alone is a change; a participant imported before times were kept takes any change', () => {
    const verdict = resendVerdict(
      { answers: {} },
      { answers: {}, adoption: { crm: { choice: 'fewUse' } }, updatedAt: '2020-01-01T00:00:00.000Z' },
      order,
    )
    expect(verdict).toEqual({ verdict: 'newer', changes: [], adoptionChanged: true })
    expect(sameAdoption(undefined, {})).toBe(true)
    expect(sameAdoption({ crm: { choice: 'fewUse' } }, { crm: { choice: 'mostUse' } })).toBe(false)
  })
})

describe('matching answers to people registered in advance', () => {
  const people = [
    participant('p-anna', { name: 'Anna  Meier' }),
    participant('p-ben', { name: 'Ben', answers: { 'bm-a': { choice: 2 } } }),
    participant('p-carla', { name: 'Carla', responseId: 'r-carla' }),
    participant('p-anna-2', { name: 'anna meier', role: 'staff' }),
    participant('p-dora', { name: 'Dora', answers: { 'bm-a': { note: 'weiß noch nicht' } } }),
  ]

  test('by name, ignoring case and white space, among those still without answers', () => {
    expect(preRegisteredMatches(people, ' ANNA meier ').map((p) => p.id)).toEqual(['p-anna', 'p-anna-2'])
    expect(preRegisteredMatches(people, 'Anna Meier', new Set(['p-anna'])).map((p) => p.id)).toEqual(['p-anna-2'])
    expect(preRegisteredMatches(people, 'Ben')).toEqual([])
    expect(preRegisteredMatches(people, 'Carla')).toEqual([])
    expect(preRegisteredMatches(people, 'Dora')).toEqual([])
    expect(preRegisteredMatches([participant('p-x')], '')).toEqual([])
    expect(preRegisteredMatches([participant('p-x')], undefined)).toEqual([])
  })

  test('names in other scripts and composed differently still meet', () => {
    expect(nameKey('Ayşe\tYılmaz')).toBe(nameKey('ayşe yılmaz'))
    expect(nameKey('Jose\u0301')).toBe(nameKey('José'))
    expect(awaitsAnswers(participant('p', { answers: { 'bm-a': {} } }))).toBe(true)
    expect(awaitsAnswers(participant('p', { adoption: { crm: { choice: 'fewUse' } } }))).toBe(false)
  })

  test('property: never throws, and a match always has the same name key and no answers', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 6 }), fc.string(), (names, name) => {
        const list = names.map((n, i) => participant(`p-${i}`, { name: n }))
        for (const match of preRegisteredMatches(list, name)) {
          expect(nameKey(match.name)).toBe(nameKey(name))
          expect(awaitsAnswers(match)).toBe(true)
        }
      }),
      params,
    )
  })
})
