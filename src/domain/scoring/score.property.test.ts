import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answers, Choice } from '../response/schema.ts'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { answersArb, choiceArb } from '../../../tests/builders/arbitraries.ts'
import { scoreAnswers } from './score.ts'
import type { ScoreReport } from './types.ts'

// Fixed seed: the suite is repeatable; FC_RUNS raises the run count for a longer hunt (see README).
const runs = Number(process.env.FC_RUNS ?? 300)
const params = { seed: 20261123, numRuns: runs }

const questionnaire = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', weight: 3, questions: 4, questionWeights: [1.5, 1, 1, 2] },
  { id: 'customers', layer: 'foundation', weight: 2, questions: 3, notApplicable: true },
  { id: 'tech', layer: 'tools', weight: 1, questions: 4, notNeeded: true },
])
const questionIds = questionnaire.questions.map((q) => q.id)

const answers = answersArb(questionIds, choiceArb('dontKnow', 'notApplicable', 'notNeeded'))

function allScores(report: ScoreReport): number[] {
  return [
    ...report.dimensions.map((d) => d.score),
    report.foundationIndex,
    report.toolIndex,
    report.toolIndexCounted,
    report.overall,
  ].filter((s): s is number => s !== null)
}

describe('scoring properties', () => {
  it('keeps every score within 0–100', () => {
    fc.assert(
      fc.property(answers, (a) => {
        for (const score of allScores(scoreAnswers(questionnaire, a))) {
          expect(score).toBeGreaterThanOrEqual(0)
          expect(score).toBeLessThanOrEqual(100)
        }
      }),
      params,
    )
  })

  it('never lowers any score when one answer is raised by a level', () => {
    const raisable = answers.chain((a) =>
      fc.record({
        answers: fc.constant(a),
        index: fc.nat({ max: questionIds.length - 1 }),
        from: fc.constantFrom(0, 1, 2, 3),
      }),
    )
    fc.assert(
      fc.property(raisable, ({ answers: a, index, from }) => {
        const id = questionIds[index]!
        const before = scoreAnswers(questionnaire, { ...a, [id]: { choice: from as Choice } })
        const after = scoreAnswers(questionnaire, { ...a, [id]: { choice: (from + 1) as Choice } })
        const pairs: [number | null, number | null][] = [
          ...before.dimensions.map((d, i) => [d.score, after.dimensions[i]!.score] as [number | null, number | null]),
          [before.foundationIndex, after.foundationIndex],
          [before.toolIndex, after.toolIndex],
          [before.overall, after.overall],
        ]
        for (const [b, c] of pairs) if (b !== null && c !== null) expect(c).toBeGreaterThanOrEqual(b - 1e-9)
      }),
      params,
    )
  })

  it('counts answered questions consistently with what is missing', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const { completeness } = scoreAnswers(questionnaire, a)
        expect(completeness.answered + completeness.missing.length).toBe(completeness.total)
        expect(completeness.partial).toBe(completeness.missing.length > 0)
      }),
      params,
    )
  })

  it('orders the action plan: business model and the rest of the foundation taking turns, tools last, each by priority', () => {
    const queue = (step: ScoreReport['actionPlan'][number]) =>
      step.layer === 'tools' ? 'tools' : step.dimensionId === 'bm' ? 'bm' : 'foundation'
    fc.assert(
      fc.property(answers, (a) => {
        const plan = scoreAnswers(questionnaire, a).actionPlan
        const firstTool = plan.findIndex((s) => queue(s) === 'tools')
        if (firstTool >= 0) expect(plan.slice(firstTool).every((s) => queue(s) === 'tools')).toBe(true)
        for (const name of ['bm', 'foundation', 'tools'])
          plan
            .filter((s) => queue(s) === name)
            .forEach((step, i, steps) => {
              if (i > 0) expect(steps[i - 1]!.priority).toBeGreaterThanOrEqual(step.priority)
            })
        // While both have steps left, the business model and the rest of the foundation alternate, the business model first.
        const foundation = plan.filter((s) => queue(s) !== 'tools').map(queue)
        const pairs = Math.min(foundation.filter((q) => q === 'bm').length, foundation.filter((q) => q !== 'bm').length)
        for (let i = 0; i < pairs; i++) expect(foundation.slice(2 * i, 2 * i + 2)).toEqual(['bm', 'foundation'])
        expect(new Set(plan.map((s) => s.questionId)).size).toBe(plan.length)
      }),
      params,
    )
  })

  it('never throws on arbitrary answer objects, and ignores what is not a valid choice', () => {
    const hostile = fc.oneof(
      fc.anything(),
      fc.dictionary(
        fc.constantFrom(...questionIds, '__proto__', 'constructor'),
        fc.record({ choice: fc.anything(), note: fc.anything() }),
      ),
    )
    fc.assert(
      fc.property(hostile, (raw) => {
        const report = scoreAnswers(questionnaire, raw as Answers)
        for (const score of allScores(report)) expect(score).toBeGreaterThanOrEqual(0)
        for (const score of allScores(report)) expect(score).toBeLessThanOrEqual(100)
      }),
      params,
    )
  })
})
