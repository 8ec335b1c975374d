import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers } from '../response/schema.ts'
import { answersFrom, buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { answersArb, choiceArb, inTwoOrders } from '../../../tests/builders/arbitraries.ts'
import { aggregateTeam, compareRoles, rolesOf, type Participant } from './aggregate.ts'

const params = { seed: 20261123, numRuns: Number(process.env.FC_RUNS ?? 200) }
const questionnaire = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 3 },
  { id: 'tech', layer: 'tools', questions: 2, notNeeded: true },
])

const person = (id: string, role: string, answers: Answers): Participant => ({ id, role, answers })

describe('aggregateTeam, worked example', () => {
  const team = [
    person('a', 'management', answersFrom({ bm: [4, 2, 3], tech: [4, 'notNeeded'] })),
    person('b', 'staff', answersFrom({ bm: [1, 2, 'dontKnow'], tech: [1, 'notNeeded'] })),
    person('c', 'staff', answersFrom({ bm: [1, 2, 3], tech: [2] })),
  ]
  const report = aggregateTeam(questionnaire, team)

  it('gives each question its mean, range, spread and how far the room agrees', () => {
    expect(report.questions[0]).toMatchObject({ levels: [4, 1, 1], mean: 2, min: 1, max: 4, spread: 3, rated: 3 })
    expect(report.questions[2]).toMatchObject({ levels: [3, null, 3], mean: 3, spread: 0, rated: 2, unknown: 1 })
    // bm-1: two at 1, one at 4 – in a room of three one person is a camp (a quarter of 3 is 0.75).
    expect(report.questions[0]).toMatchObject({ agreement: 2 / 3, twoCamps: true, kind: 'split' })
    expect(report.questions[1]).toMatchObject({ agreement: 1, kind: 'agreement' })
    expect(report.questions[2]).toMatchObject({ agreement: 1, unknownShare: 1 / 3, kind: 'unknown' })
    // tech-2: two "not needed" and one without answer: counted apart from "don't know", nothing to rate.
    expect(report.questions[4]).toMatchObject({ rated: 0, notNeeded: 2, unknown: 0, kind: 'tooFew' })
    expect(report.questions[4]!.counts.unanswered).toBe(1)
  })

  it('ranks the topics – splits and "some know, some don\'t" – by disagreement, then the wider middle half', () => {
    // All three leave one of three outside the agreeing group (1/3); bm-1 and tech-1 have IQR 3, bm-3 0.
    expect(report.discussionTopics.map((q) => [q.questionId, q.kind])).toEqual([
      ['bm-1', 'split'],
      ['tech-1', 'split'],
      ['bm-3', 'unknown'],
    ])
    expect(report.agenda).toEqual(report.discussionTopics)
    expect(aggregateTeam(questionnaire, team, undefined, { agendaSize: 2 }).agenda).toHaveLength(2)
  })

  it('lists where the room agrees, never where someone did not know', () => {
    expect(report.consensus.map((q) => q.questionId)).toEqual(['bm-2'])
  })

  it('scores the team from the mean level per question', () => {
    // bm: means 2, 2, 3 → 7/12 → 58.33; tech-1 mean 7/3, tech-2 "not needed" counts (bm ≥ 50) → 58.33
    expect(report.team.dimensions[0]!.score).toBeCloseTo((7 / 12) * 100, 10)
    expect(report.team.dimensions[1]!.score).toBeCloseTo((7 / 3 / 4) * 100, 10)
  })

  it("gives each dimension the spread of the participants' scores", () => {
    // a: (4+2+3)/12 = 75; b: (1+2+0)/12 = 25; c: (1+2+3)/12 = 50
    expect(report.dimensions[0]).toMatchObject({
      scores: [75, 25, 50],
      individualMean: 50,
      min: 25,
      max: 75,
      spread: 50,
    })
  })

  it('names the team score apart from the mean of individual scores', () => {
    // The team score counts bm-3 at 3 (the one level given); b's own score counts "don't know" as 0.
    expect(report.dimensions[0]!.teamScore).toBeCloseTo((7 / 12) * 100, 10)
    expect(report.dimensions[0]!.teamScore).toBe(report.team.dimensions[0]!.score)
    expect(report.dimensions[0]!.individualMean).toBe(50)
  })

  it('compares roles on the same questions, largest gaps first', () => {
    expect(rolesOf(team)).toEqual(['management', 'staff'])
    const gaps = compareRoles(questionnaire, team, 'management', 'staff')
    expect(gaps.slice(0, 2).map((g) => [g.questionId, g.gap])).toEqual([
      ['bm-1', 3],
      ['tech-1', 2.5],
    ])
  })
})

describe('aggregateTeam properties', () => {
  const participant = answersArb(
    questionnaire.questions.map((q) => q.id),
    choiceArb('dontKnow', 'notNeeded'),
  )
  const team = fc
    .array(participant, { minLength: 1, maxLength: 12 })
    .map((list) => list.map((answers, i) => person(`p${i}`, i % 2 ? 'staff' : 'management', answers)))

  it('keeps every mean within its min and max', () => {
    fc.assert(
      fc.property(team, (members) => {
        const report = aggregateTeam(questionnaire, members)
        const means = [
          ...report.questions.map((q) => ({ ...q, value: q.mean })),
          ...report.dimensions.map((d) => ({ ...d, value: d.individualMean })),
        ]
        for (const s of means)
          if (s.value !== null) {
            expect(s.value).toBeGreaterThanOrEqual(s.min! - 1e-9)
            expect(s.value).toBeLessThanOrEqual(s.max! + 1e-9)
          }
      }),
      params,
    )
  })

  it('has spread 0 and agreement everywhere when all participants answer alike', () => {
    fc.assert(
      fc.property(participant, fc.integer({ min: 2, max: 8 }), (answers, size) => {
        const report = aggregateTeam(
          questionnaire,
          Array.from({ length: size }, (_, i) => person(`p${i}`, '', answers)),
        )
        for (const s of [...report.questions, ...report.dimensions]) if (s.spread !== null) expect(s.spread).toBe(0)
        expect(report.discussionTopics.filter((q) => q.kind === 'split')).toEqual([])
        for (const q of report.questions) if (q.rated > 0) expect(q.kind).toBe('agreement')
      }),
      params,
    )
  })

  it('does not depend on the order of the participants', () => {
    fc.assert(
      fc.property(inTwoOrders(team), ([members, shuffled]) => {
        const a = aggregateTeam(questionnaire, members)
        const b = aggregateTeam(questionnaire, shuffled)
        expect(b.team).toEqual(a.team)
        expect(b.discussionTopics.map((q) => q.questionId)).toEqual(a.discussionTopics.map((q) => q.questionId))
        expect(b.findings.filter((f) => f.kind !== 'personUnknowns')).toEqual(
          a.findings.filter((f) => f.kind !== 'personUnknowns'),
        )
        expect(b.questions.map(({ levels: _l, ...rest }) => rest)).toEqual(
          a.questions.map(({ levels: _l, ...rest }) => rest),
        )
      }),
      params,
    )
  })

  it('does not grow with head count: every participant twice gives the same topics and agreements', () => {
    fc.assert(
      fc.property(team, (members) => {
        const a = aggregateTeam(questionnaire, members)
        const b = aggregateTeam(questionnaire, [...members, ...members.map((m) => ({ ...m, id: `${m.id}-again` }))])
        expect(b.discussionTopics.map((q) => q.questionId)).toEqual(a.discussionTopics.map((q) => q.questionId))
        expect(b.questions.map((q) => q.agreement)).toEqual(a.questions.map((q) => q.agreement))
        expect(b.team).toEqual(a.team)
      }),
      params,
    )
  })
})
