import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Choice, Level } from '../response/schema.ts'
import {
  agreementOf,
  byDisagreement,
  countChoices,
  isTopic,
  KNOWN_FROM_LEVEL,
  sharePercent,
  UNKNOWN_SHARE,
} from './agreement.ts'
import { inTwoOrders } from '../../../tests/builders/arbitraries.ts'

const params = { seed: 20261215, numRuns: Number(process.env.FC_RUNS ?? 300) }
const times = (n: number, choice: Choice): Choice[] => Array.from({ length: n }, () => choice)

describe('agreementOf, worked examples', () => {
  it('calls a room on two neighbouring levels agreement', () => {
    // 2,2,3,3,3: all five on levels 2–3; median 3; quartiles 2 and 3.
    expect(agreementOf([2, 2, 3, 3, 3])).toMatchObject({
      agreement: 1,
      core: { from: 2, to: 3, count: 5 },
      mode: 3,
      median: 3,
      iqr: 1,
      twoCamps: false,
      disagreement: 0,
      kind: 'agreement',
    })
  })

  it('sees two camps two levels apart as a split, though all are within one level of the median', () => {
    // Six at 1, six at 3: the median is 2, so "within one of the median" would call this 100 % agreement.
    const split = agreementOf([...times(6, 1), ...times(6, 3)])
    expect(split).toMatchObject({ agreement: 0.5, median: 2, iqr: 2, twoCamps: true, kind: 'split' })
    expect(split.disagreement).toBe(0.5)
  })

  it('calls a broad hill mixed, not split', () => {
    // 3 at 1, 6 at 2, 3 at 3: 9 of 12 on levels 1–2; the middle level is the fullest, so no camps.
    const hill = agreementOf([...times(3, 1), ...times(6, 2), ...times(3, 3)])
    expect(hill).toMatchObject({ agreement: 0.75, median: 2, iqr: 1, twoCamps: false, kind: 'mixed' })
  })

  it('finds camps at five people: three against two, two levels apart', () => {
    expect(agreementOf([1, 1, 1, 3, 3])).toMatchObject({ agreement: 0.6, twoCamps: true, kind: 'split' })
    // One person at each end is not a camp: 3 of 5 on levels 1–2 (or 2–3) is mixed.
    expect(agreementOf([0, 2, 2, 2, 4])).toMatchObject({ agreement: 0.6, twoCamps: false, kind: 'mixed' })
    expect(agreementOf([0, 1, 2, 3, 4])).toMatchObject({ agreement: 0.4, kind: 'split' })
  })

  it('lets one person in five stand apart in agreement, and not more', () => {
    expect(agreementOf([2, 2, 2, 2, 4]).kind).toBe('agreement')
    expect(agreementOf([...times(10, 2), 0, 4]).kind).toBe('agreement')
    expect(agreementOf([...times(9, 2), 0, 4, 4]).kind).toBe('mixed')
    expect(agreementOf([...times(24, 2), ...times(3, 0), ...times(3, 4)]).kind).toBe('agreement')
  })

  it('never calls a question with a "don\'t know" agreement; from one in five it is a topic', () => {
    // Issue 15: "Wo alle übereinstimmen … Stufe 2" though one of three said "weiß nicht".
    const third = agreementOf([2, 2, 'dontKnow'])
    expect(third).toMatchObject({ agreement: 1, unknownShare: 1 / 3, kind: 'unknown' })
    expect(third.disagreement).toBeCloseTo(1 / 3, 12)
    const one = agreementOf([...times(11, 2), 'dontKnow'])
    expect(one.kind).toBe('unknown')
    expect(one.disagreement).toBeCloseTo(1 / 12, 12)
    expect(agreementOf([...times(8, 2), ...times(2, 'dontKnow')]).kind).toBe('unknown')
    // Nobody knows: no view to discuss, something to find out – a finding, not a topic.
    expect(agreementOf(times(4, 'dontKnow'))).toMatchObject({ agreement: null, disagreement: 1, kind: 'nobodyKnows' })
  })

  it('makes one "don\'t know" beside levels 2 and above "some know, some don\'t" (issue 14 part 7)', () => {
    // Eleven say level 3, one does not know: the practice exists and one person is not in the picture.
    const beside3 = agreementOf([...times(11, 3), 'dontKnow'])
    expect(beside3).toMatchObject({ median: 3, fewUnknown: true, kind: 'unknown' })
    expect(isTopic(beside3.kind)).toBe(true)
    // Beside "hardly anything there" (median 1), not knowing is no news: no topic.
    expect(agreementOf([...times(11, 1), 'dontKnow'])).toMatchObject({ median: 1, fewUnknown: false, kind: 'mixed' })
    // From one in five it is a topic whatever the levels, and not a "few" one.
    expect(agreementOf([...times(8, 1), ...times(2, 'dontKnow')])).toMatchObject({ fewUnknown: false, kind: 'unknown' })
    // A person whose many "don't know" are a finding of their own does not make a topic alone.
    const choices: Choice[] = [...times(11, 3), 'dontKnow']
    expect(agreementOf(choices, new Set([11]))).toMatchObject({ fewUnknown: false, kind: 'mixed' })
    expect(agreementOf(choices, new Set([0])).kind).toBe('unknown')
  })

  it('ranks a few people\'s "don\'t know" after every divided question, however little the division', () => {
    const few = { ...agreementOf([...times(6, 3), 'dontKnow', 'dontKnow']), spread: 0 } // 2 of 8: a fifth or more
    const lone = { ...agreementOf([...times(9, 3), 2, 4, 'dontKnow']), spread: 2 }
    const split = { ...agreementOf([1, 1, 1, 3, 3]), spread: 2 }
    expect(lone.fewUnknown).toBe(true)
    expect(few.fewUnknown).toBe(false)
    expect([lone, few, split].sort(byDisagreement)).toEqual([split, few, lone])
  })

  it('counts "not applicable", "not needed" and no answer apart from "don\'t know"', () => {
    const a = agreementOf([2, 2, 'notApplicable', 'notNeeded', undefined])
    expect(a.counts).toEqual({ levels: [0, 0, 2, 0, 0], dontKnow: 0, notApplicable: 1, notNeeded: 1, unanswered: 1 })
    expect(a).toMatchObject({ rated: 2, unknownShare: 0, kind: 'agreement' })
  })

  it('says too few when fewer than two people answered', () => {
    expect(agreementOf([3, undefined]).kind).toBe('tooFew')
    expect(agreementOf([])).toMatchObject({ agreement: null, median: null, iqr: null, disagreement: 0, kind: 'tooFew' })
  })

  it('ranks by disagreement, then the wider middle half, then the wider spread', () => {
    const rows = [
      { id: 'a', disagreement: 0.5, iqr: 2, spread: 2, fewUnknown: false },
      { id: 'b', disagreement: 0.5, iqr: 3, spread: 3, fewUnknown: false },
      { id: 'c', disagreement: 0.6, iqr: 1, spread: 4, fewUnknown: false },
      { id: 'd', disagreement: 0.5, iqr: 2, spread: 4, fewUnknown: false },
    ]
    expect(rows.sort(byDisagreement).map((r) => r.id)).toEqual(['c', 'b', 'd', 'a'])
  })

  it('rounds shares to whole percent once', () => {
    expect(sharePercent(5 / 6)).toBe(83)
    expect(sharePercent(0.5)).toBe(50)
  })
})

describe('agreementOf properties', () => {
  const choice: fc.Arbitrary<Choice | undefined> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom<Choice>(0, 1, 2, 3, 4) },
    { weight: 1, arbitrary: fc.constantFrom<Choice>('dontKnow', 'notApplicable', 'notNeeded') },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
  const room = fc.array(choice, { minLength: 0, maxLength: 40 })
  const measures = (choices: readonly (Choice | undefined)[]) => {
    const { agreement, disagreement, median, iqr, twoCamps, unknownShare, core } = agreementOf(choices)
    const { mode } = agreementOf(choices)
    return { agreement, disagreement, median, iqr, twoCamps, unknownShare, mode, core: core && [core.from, core.to] }
  }

  it('keeps the measures in their bounds', () => {
    fc.assert(
      fc.property(room, (choices) => {
        const a = agreementOf(choices)
        expect(a.disagreement).toBeGreaterThanOrEqual(0)
        expect(a.disagreement).toBeLessThanOrEqual(1)
        if (a.agreement !== null) {
          expect(a.agreement).toBeGreaterThanOrEqual(1 / 3)
          expect(a.agreement).toBeLessThanOrEqual(1)
          expect(a.iqr).toBeGreaterThanOrEqual(0)
          expect(a.median).toBeGreaterThanOrEqual(0)
          expect(a.median).toBeLessThanOrEqual(4)
        }
        if (a.unknownShare !== null) expect(a.unknownShare).toBeLessThanOrEqual(1)
      }),
      params,
    )
  })

  it('does not depend on the order of the participants', () => {
    fc.assert(
      fc.property(inTwoOrders(room), ([choices, shuffled]) => {
        expect(agreementOf(shuffled)).toEqual(agreementOf(choices))
      }),
      params,
    )
  })

  it('does not grow with head count: every participant twice (or thrice) gives the same figures', () => {
    fc.assert(
      fc.property(room, fc.integer({ min: 2, max: 3 }), (choices, copies) => {
        const larger = Array.from({ length: copies }, () => choices).flat()
        expect(measures(larger)).toEqual(measures(choices))
        const kind = agreementOf(choices).kind
        // Only "too few" can change: one answer counted twice is two answers.
        if (kind !== 'tooFew') expect(agreementOf(larger).kind).toBe(kind)
      }),
      params,
    )
  })

  it('never makes a unanimous question a topic', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Level>(0, 1, 2, 3, 4),
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.constantFrom<Choice | undefined>('notApplicable', 'notNeeded', undefined), { maxLength: 5 }),
        (level, n, others) => {
          const a = agreementOf([...times(n, level), ...others])
          expect(isTopic(a.kind)).toBe(false)
          if (n >= 2) expect(a.kind).toBe('agreement')
        },
      ),
      params,
    )
  })

  it('agreement means the middle half within one level and nobody saying "don\'t know"', () => {
    fc.assert(
      fc.property(room, (choices) => {
        const a = agreementOf(choices)
        if (a.kind !== 'agreement') return
        expect(a.iqr).toBeLessThanOrEqual(1)
        expect(a.counts.dontKnow).toBe(0)
      }),
      params,
    )
  })

  it('calls a question "few unknown" only for "don\'t know" under a fifth beside a room at level 2 or above', () => {
    fc.assert(
      fc.property(room, (choices) => {
        const a = agreementOf(choices)
        if (!a.fewUnknown) return
        expect(a.kind).toBe('unknown')
        expect(a.counts.dontKnow).toBeGreaterThan(0)
        expect(a.unknownShare).toBeLessThan(UNKNOWN_SHARE)
        expect(a.median).toBeGreaterThanOrEqual(KNOWN_FROM_LEVEL)
      }),
      params,
    )
  })

  it('counts every choice once', () => {
    fc.assert(
      fc.property(room, (choices) => {
        const c = countChoices(choices)
        const total = c.levels.reduce((a, b) => a + b, 0) + c.dontKnow + c.notApplicable + c.notNeeded + c.unanswered
        expect(total).toBe(choices.length)
      }),
      params,
    )
  })
})
