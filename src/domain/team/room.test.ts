// Issue 15's rooms: team statistics that work at 5, 12 and 30 people, and "don't know" counted everywhere.
import { describe, expect, it } from 'vitest'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { broadlyAgreeingRoom } from '../../../tests/builders/room.ts'
import { aggregateTeam, type Participant } from './aggregate.ts'
import { PERSON_UNKNOWNS_FROM } from './unknowns.ts'

// 47 questions, as in the room; manyUnknownsShare 0.3 as in the Groundwork questionnaire.
const questionnaire = buildQuestionnaire(
  [
    { id: 'bm', layer: 'foundation', questions: 10 },
    { id: 'cu', layer: 'foundation', questions: 10 },
    { id: 'st', layer: 'foundation', questions: 9 },
    { id: 'en', layer: 'foundation', questions: 8 },
    { id: 'te', layer: 'tools', questions: 10 },
  ],
  { manyUnknownsShare: 0.3 },
)
const splits = ['bm-4', 'st-2', 'te-7']
const seeds = [15, 1, 2, 3, 4, 5, 6, 7]
const ids = (list: readonly { questionId: string }[]) => list.map((q) => q.questionId)

describe('a room that broadly agrees, with three planted splits', () => {
  it.each(seeds)('at 12 people puts the three splits at the top and no more than ten topics (seed %i)', (seed) => {
    const report = aggregateTeam(questionnaire, broadlyAgreeingRoom(questionnaire, 12, { splits, seed }))
    expect(new Set(ids(report.discussionTopics.slice(0, 3)))).toEqual(new Set(splits))
    expect(report.discussionTopics.length).toBeLessThanOrEqual(10)
    expect(report.agenda.length).toBeLessThanOrEqual(10)
    // "Each within one level of the others, a little noise" is agreement on most questions.
    expect(report.consensus.length).toBeGreaterThanOrEqual(36)
  })

  it('under the old rule ("highest and lowest two levels apart") most questions were topics; now the three', () => {
    const report = aggregateTeam(questionnaire, broadlyAgreeingRoom(questionnaire, 12, { splits }))
    const oldTopics = report.questions.filter((q) => q.spread !== null && q.spread >= 2)
    expect(oldTopics.length).toBeGreaterThan(25)
    expect(ids(report.discussionTopics).sort()).toEqual([...splits].sort())
    expect(report.consensus.length).toBe(43)
  })

  it.each(seeds)('at 30 people finds the same three topics (seed %i)', (seed) => {
    const report = aggregateTeam(questionnaire, broadlyAgreeingRoom(questionnaire, 30, { splits, seed }))
    expect(ids(report.discussionTopics).sort()).toEqual([...splits].sort())
    expect(report.consensus.length).toBeGreaterThanOrEqual(40)
  })

  it.each(seeds)('at 5 people still finds the splits, among no more than ten topics (seed %i)', (seed) => {
    // In a room of five, two people straying together are two of five: that may be a real split too.
    const report = aggregateTeam(questionnaire, broadlyAgreeingRoom(questionnaire, 5, { splits, seed }))
    expect(ids(report.discussionTopics)).toEqual(expect.arrayContaining(splits))
    expect(report.discussionTopics.length).toBeLessThanOrEqual(10)
    expect(report.consensus.length).toBeGreaterThanOrEqual(30)
  })

  it('gives the planted splits the same disagreement at 5, 12 and 30 people in the same proportions', () => {
    // The room of 12 counted twice is a room of 24 with the same shares: the figures stay.
    const twelve = broadlyAgreeingRoom(questionnaire, 12, { splits })
    const twice: Participant[] = [...twelve, ...twelve.map((p) => ({ ...p, id: `${p.id}b` }))]
    const a = aggregateTeam(questionnaire, twelve)
    const b = aggregateTeam(questionnaire, twice)
    expect(ids(b.discussionTopics)).toEqual(ids(a.discussionTopics))
    expect(b.discussionTopics.map((q) => q.disagreement)).toEqual(a.discussionTopics.map((q) => q.disagreement))
    expect(ids(b.consensus)).toEqual(ids(a.consensus))
  })
})

describe('"don\'t know" in the team view', () => {
  it('keeps a question out of agreement when one of three did not know, and makes it a topic', () => {
    // Issue 15: "Wo alle übereinstimmen: Zeit zum Lernen – Stufe 2" though one of three said "weiß nicht".
    const room = broadlyAgreeingRoom(questionnaire, 3, {
      noise: 0,
      override: (p, q) => (q === 'st-5' ? (p === 2 ? 'dontKnow' : 2) : undefined),
    })
    const report = aggregateTeam(questionnaire, room)
    expect(ids(report.consensus)).not.toContain('st-5')
    const topic = report.discussionTopics.find((q) => q.questionId === 'st-5')
    expect(topic).toMatchObject({ kind: 'unknown', unknown: 1, rated: 2 })
  })

  it('ranks "some know, some don\'t" by how many did not know, among the splits', () => {
    const room = broadlyAgreeingRoom(questionnaire, 12, {
      splits,
      override: (p, q) => (q === 'cu-3' && p < 4 ? 'dontKnow' : q === 'cu-8' && p < 3 ? 'dontKnow' : undefined),
    })
    const report = aggregateTeam(questionnaire, room)
    const topics = report.discussionTopics.map((q) => [q.questionId, q.kind])
    expect(topics).toContainEqual(['cu-3', 'unknown'])
    expect(topics).toContainEqual(['cu-8', 'unknown'])
    expect(ids(report.discussionTopics).indexOf('cu-3')).toBeLessThan(ids(report.discussionTopics).indexOf('cu-8'))
  })

  it('makes one person of twelve not knowing beside level 3 a topic, ranked below the three planted splits', () => {
    // Issue 14 part 7: "don't know" beside levels ≥ 2 is "some know, some don't", even for one of twelve.
    const room = broadlyAgreeingRoom(questionnaire, 12, {
      splits,
      override: (p, q) => (q === 'cu-4' ? (p === 7 ? 'dontKnow' : 3) : undefined),
    })
    const report = aggregateTeam(questionnaire, room)
    expect(new Set(ids(report.discussionTopics.slice(0, 3)))).toEqual(new Set(splits))
    expect(report.discussionTopics[3]).toMatchObject({ questionId: 'cu-4', kind: 'unknown', unknown: 1, rated: 11 })
    expect(report.discussionTopics.length).toBeLessThanOrEqual(10)
    expect(ids(report.consensus)).not.toContain('cu-4')
  })

  it('finds a person who did not know most answers, the questions most could not answer, and the room', () => {
    // Issue 15: "Keine auffälligen Befunde" though one participant answered "weiß nicht" to most questions.
    const room = broadlyAgreeingRoom(questionnaire, 12, {
      override: (p, q) =>
        (p === 4 && !q.startsWith('bm')) || (['te-1', 'te-2'].includes(q) && p < 8) ? 'dontKnow' : undefined,
    })
    const report = aggregateTeam(questionnaire, room)
    expect(report.findings).toContainEqual({
      kind: 'personUnknowns',
      participant: 4,
      participantId: 'p5',
      unknown: 37,
      answered: 47,
    })
    expect(report.findings).toContainEqual({ kind: 'questionsUnknown', questionIds: ['te-1', 'te-2'] })
    // 37 + 2 × 7 = 51 of 564 answers: under the questionnaire's 30 %, so nothing on the room as a whole.
    expect(report.findings.some((f) => f.kind === 'roomUnknowns')).toBe(false)
    // One person in twelve is under a fifth: no question becomes a topic through them alone, but none
    // they did not know is agreement – only business-model questions, which they answered, can be.
    expect(report.consensus.length).toBeGreaterThan(0)
    expect(report.consensus.every((q) => q.questionId.startsWith('bm'))).toBe(true)
    expect(ids(report.discussionTopics)).toEqual(['te-1', 'te-2'])
  })

  it('speaks of the room when "don\'t know" is a large share of all answers', () => {
    const room = broadlyAgreeingRoom(questionnaire, 5, {
      override: (p, q) => (q < 'cu' || p < 2 ? 'dontKnow' : undefined),
    })
    const report = aggregateTeam(questionnaire, room)
    expect(report.findings[0]).toMatchObject({ kind: 'roomUnknowns' })
  })

  it('does not single out a person for one or two "don\'t know"', () => {
    const room = broadlyAgreeingRoom(questionnaire, 4, {
      override: (p, q) => (p === 0 && ['bm-1', 'bm-2'].includes(q) ? 'dontKnow' : undefined),
    })
    expect(PERSON_UNKNOWNS_FROM).toBe(3)
    const report = aggregateTeam(questionnaire, room)
    expect(report.findings.some((f) => f.kind === 'personUnknowns')).toBe(false)
  })
})
