import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { answersFrom, buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { compareResponses, shownChange } from './compare.ts'
import { roundScore } from './levels.ts'

const params = { seed: 20261123, numRuns: Number(process.env.FC_RUNS ?? 300) }

// Three questions in the business model: a level sum of s scores s / 12 · 100.
const v1 = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 3 },
  { id: 'tech', layer: 'tools', questions: 2 },
])
const v2 = { ...v1, version: '2.0' }

describe('shownChange', () => {
  it('is the difference of the figures shown, not of the exact scores', () => {
    // 19.64 → 22.76 shows as 19,6 → 22,8: +3,2 (the exact difference would round to 3,1).
    expect(shownChange(19.64, 22.76)).toBe(3.2)
    expect(shownChange(22.76, 19.64)).toBe(-3.2)
    expect(shownChange(null, 50)).toBeNull()
    expect(shownChange(50, null)).toBeNull()
  })

  it('always equals the shown "after" minus the shown "before", with one decimal', () => {
    const score = fc.double({ min: 0, max: 100, noNaN: true })
    fc.assert(
      fc.property(score, score, (a, b) => {
        const change = shownChange(a, b)!
        expect(change).toBeCloseTo(roundScore(b) - roundScore(a), 9)
        expect(Math.round(change * 10) / 10).toBe(change)
        expect(shownChange(b, a)).toBe(change === 0 ? 0 : -change)
      }),
      params,
    )
  })
})

describe('compareResponses', () => {
  it('shows each dimension before and after, and the questions that changed', () => {
    // bm: 1 of 12 levels → 8.33, then 2 of 12 → 16.67. Shown as 8,3 → 16,7, it moved +8,4
    // (the exact move, 8.33, would show as 8,3 and the columns would not add up).
    const before = { questionnaire: v1, response: { answers: answersFrom({ bm: [1, 0, 0], tech: [2, 2] }) } }
    const after = { questionnaire: v1, response: { answers: answersFrom({ bm: [1, 1, 0], tech: [2, 2] }) } }
    const comparison = compareResponses(before, after)
    expect(comparison.sameVersion).toBe(true)
    expect(comparison.dimensions.map(({ dimensionId, change }) => ({ dimensionId, change }))).toEqual([
      { dimensionId: 'bm', change: 8.4 },
      { dimensionId: 'tech', change: 0 },
    ])
    expect(comparison.dimensions[0]!.before).toBeCloseTo(8.333, 3)
    expect(comparison.dimensions[0]!.after).toBeCloseTo(16.667, 3)
    expect(comparison.questions).toEqual([{ questionId: 'bm-2', dimensionId: 'bm', before: 0, after: 1 }])
  })

  it('lists a question answered for the first time, and one whose answer was taken back', () => {
    const before = { questionnaire: v1, response: { answers: answersFrom({ bm: [1, undefined, 3] }) } }
    const after = { questionnaire: v1, response: { answers: answersFrom({ bm: [1, 'dontKnow'] }) } }
    expect(compareResponses(before, after).questions).toEqual([
      { questionId: 'bm-2', dimensionId: 'bm', before: undefined, after: 'dontKnow' },
      { questionId: 'bm-3', dimensionId: 'bm', before: 3, after: undefined },
    ])
  })

  it('compares two questionnaire versions by dimension only', () => {
    const before = { questionnaire: v1, response: { answers: answersFrom({ bm: [0, 0, 0] }) } }
    const after = { questionnaire: v2, response: { answers: answersFrom({ bm: [4, 4, 4] }) } }
    const comparison = compareResponses(before, after)
    expect(comparison.sameVersion).toBe(false)
    expect(comparison.questions).toEqual([])
    expect(comparison.dimensions[0]).toEqual({ dimensionId: 'bm', before: 0, after: 100, change: 100 })
    expect(comparison.overall.change).not.toBeNull()
  })

  it('keeps a dimension only the earlier version has, with no score after', () => {
    const smaller = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 3 }])
    const before = { questionnaire: v1, response: { answers: answersFrom({ tech: [4, 4] }) } }
    const after = { questionnaire: { ...smaller, version: '2.0' }, response: { answers: {} } }
    const comparison = compareResponses(before, after)
    expect(comparison.dimensions.map((d) => d.dimensionId)).toEqual(['bm', 'tech'])
    expect(comparison.dimensions[1]).toEqual({ dimensionId: 'tech', before: 100, after: null, change: null })
  })
})
