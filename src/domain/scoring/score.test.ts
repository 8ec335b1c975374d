import { describe, expect, it } from 'vitest'
import { answersFrom, buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { scoreAnswers } from './score.ts'

// Two dimensions of five equally weighted questions: a level sum of s gives s / 20 · 100.
const twoLayers = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 5 },
  { id: 'tech', layer: 'tools', questions: 5, notNeeded: true },
])

describe('dimension scores', () => {
  it('is the weighted mean of the levels on a 0–100 scale', () => {
    const q = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 3, questionWeights: [2, 1, 1] }])
    // (2·4 + 1·2 + 1·0) / (2 + 1 + 1) = 2.5 of 4 → 62.5
    const report = scoreAnswers(q, answersFrom({ bm: [4, 2, 0] }))
    expect(report.dimensions[0]!.score).toBe(62.5)
    expect(report.dimensions[0]!.level?.id).toBe('defined')
  })

  it('leaves "not applicable" out and scores "don\'t know" as 0 while counting it as unknown', () => {
    const q = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 3, notApplicable: true }])
    const report = scoreAnswers(q, answersFrom({ bm: [4, 'notApplicable', 'dontKnow'] }))
    // (4 + 0) / 2 questions → 2 of 4 → 50
    expect(report.dimensions[0]).toMatchObject({ score: 50, answered: 3, unknown: 1 })
  })

  it('has no score, and the assessment no overall, before anything is answered', () => {
    const report = scoreAnswers(twoLayers, {})
    expect(report.dimensions.map((d) => d.score)).toEqual([null, null])
    expect(report.overall).toBeNull()
    expect(report.completeness).toMatchObject({ answered: 0, total: 10, ratio: 0, partial: true })
  })
})

describe('overall: technology counts only as far as the foundation carries it', () => {
  // BM levels sum 4 → 20; tech sum 18 → 90.
  const toolsAhead = answersFrom({ bm: [1, 1, 1, 1, 0], tech: [4, 4, 4, 4, 2] })
  const mirror = answersFrom({ bm: [4, 4, 4, 4, 2], tech: [1, 1, 1, 1, 0] })

  it('caps the tool index at F + slack: (2·20 + 1·min(90, 30)) / 3', () => {
    const report = scoreAnswers(twoLayers, toolsAhead)
    expect(report.foundationIndex).toBe(20)
    expect(report.toolIndex).toBe(90)
    expect(report.toolIndexCounted).toBe(30)
    expect(report.overall).toBeCloseTo(70 / 3, 10)
  })

  it('scores technology 90 / business model 20 lower than its mirror image', () => {
    const ahead = scoreAnswers(twoLayers, toolsAhead)
    const foundationFirst = scoreAnswers(twoLayers, mirror)
    expect(foundationFirst.overall).toBeCloseTo(200 / 3, 10) // (2·90 + min(20, 100)) / 3
    expect(ahead.overall!).toBeLessThan(foundationFirst.overall!)
  })

  it('finds a weak business model in the tools-heavy profile only, and no tool finding without an inventory', () => {
    const kinds = (answers: typeof mirror) => scoreAnswers(twoLayers, answers).findings.map((f) => f.kind)
    expect(kinds(toolsAhead)).toEqual(['weakBusinessModel'])
    expect(kinds(mirror)).toEqual([])
  })

  it('lets an unassessed foundation carry nothing', () => {
    const report = scoreAnswers(twoLayers, answersFrom({ tech: [4, 4, 4, 4, 4] }))
    expect(report.foundationIndex).toBeNull()
    expect(report.toolIndexCounted).toBe(10)
    expect(report.overall).toBeCloseTo(10 / 3, 10)
  })

  it('is the foundation index when no tools question is answered', () => {
    expect(scoreAnswers(twoLayers, answersFrom({ bm: [2, 2, 2, 2, 2] })).overall).toBe(50)
  })
})

describe('relevance rule: "not needed" counts only once the business model is understood', () => {
  const notNeeded = { tech: [4, 'notNeeded', 'notNeeded', 4, 4] as const }

  it('below the threshold, "not needed" counts as "don\'t know" and the report says why', () => {
    const report = scoreAnswers(twoLayers, answersFrom({ bm: [2, 2, 2, 1, 1], ...notNeeded }))
    // BM 8/20 = 40 < 50: tech = (4 + 0 + 0 + 4 + 4) / 5 of 4 = 60
    expect(report.dimensions[1]).toMatchObject({ score: 60, unknown: 2 })
    expect(report.findings).toContainEqual({
      kind: 'notNeededNotCounted',
      questionIds: ['tech-2', 'tech-3'],
      businessModelScore: 40,
      threshold: 50,
    })
  })

  it('at or above the threshold, "not needed" removes the question from the tool index', () => {
    const report = scoreAnswers(twoLayers, answersFrom({ bm: [2, 2, 2, 2, 2], ...notNeeded }))
    expect(report.dimensions[1]).toMatchObject({ score: 100, unknown: 0 })
    expect(report.findings.map((f) => f.kind)).not.toContain('notNeededNotCounted')
  })
})

describe('findings', () => {
  it('flags many unknowns in a dimension: not knowing is itself a finding', () => {
    const report = scoreAnswers(twoLayers, answersFrom({ bm: ['dontKnow', 'dontKnow', 'dontKnow', 4, 4] }))
    expect(report.findings).toContainEqual({ kind: 'manyUnknowns', dimensionId: 'bm', unknown: 3, answered: 5 })
  })
})

describe('action plan', () => {
  const threeDimensions = buildQuestionnaire([
    { id: 'bm', layer: 'foundation', weight: 3, questions: 2 },
    { id: 'staff', layer: 'foundation', weight: 1, questions: 2 },
    { id: 'tech', layer: 'tools', weight: 1, questions: 2 },
  ])

  it('lets the business model and the rest of the foundation take turns, tools last, each by weighted gap', () => {
    const targets = { bm: 'steering', staff: 'steering', tech: 'steering' } // 75 = level 3 on the question scale
    const report = scoreAnswers(threeDimensions, answersFrom({ bm: [3, 1], staff: [0, 1], tech: [0, 4] }), targets)
    expect(report.actionPlan.map((s) => s.questionId)).toEqual(['bm-2', 'staff-1', 'staff-2', 'tech-1'])
    expect(report.actionPlan[0]).toMatchObject({ level: 1, gap: 2, risk: false })
  })

  it('aims one level above today where no target is set', () => {
    // bm 3,2 → 62.5: next level 75 (3.0); staff 0,1 → 12.5: next 25 (1.0); tech 0,4 → 50: next 75 (3.0)
    const report = scoreAnswers(threeDimensions, answersFrom({ bm: [3, 2], staff: [0, 1], tech: [0, 4] }))
    expect(report.actionPlan.map((s) => [s.questionId, s.gap])).toEqual([
      ['bm-2', 1],
      ['staff-1', 1],
      ['tech-1', 3],
    ])
    expect(report.dimensions.map((d) => [d.target, d.targetSet])).toEqual([
      [75, false],
      [25, false],
      [75, false],
    ])
  })

  it('measures the gap to the target level, and drops questions already at their target', () => {
    // Target "defined" (min 50) = level 2 on the question scale.
    const report = scoreAnswers(threeDimensions, answersFrom({ bm: [3, 1], staff: [0, 2] }), {
      bm: 'defined',
      staff: 'defined',
    })
    expect(report.actionPlan.map((s) => [s.questionId, s.gap])).toEqual([
      ['bm-2', 1],
      ['staff-1', 2],
    ])
  })

  it('marks "don\'t know" steps as unknown, starting from level 0', () => {
    const report = scoreAnswers(threeDimensions, answersFrom({ bm: ['dontKnow'] }))
    // "Don't know" stands at level 0; the next level up (25) is one level on the question scale.
    expect(report.actionPlan[0]).toMatchObject({ questionId: 'bm-1', level: 0, unknown: true, gap: 1 })
  })
})

describe('completeness', () => {
  it('lists what is missing in questionnaire order and still scores a partial assessment', () => {
    const report = scoreAnswers(twoLayers, answersFrom({ bm: [4, undefined, 4], tech: [undefined, 2] }))
    expect(report.completeness).toMatchObject({ answered: 3, total: 10, partial: true })
    expect(report.completeness.missing).toEqual(['bm-2', 'bm-4', 'bm-5', 'tech-1', 'tech-3', 'tech-4', 'tech-5'])
    expect(report.dimensions[0]!.score).toBe(100)
  })

  it('treats a note without a choice as unanswered', () => {
    const report = scoreAnswers(twoLayers, { 'bm-1': { note: 'ask the accountant' } })
    expect(report.completeness.answered).toBe(0)
  })
})
