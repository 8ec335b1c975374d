import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Level } from '../response/schema.ts'
import type { CountedAnswers, PreparedQuestionnaire } from './score.ts'
import type { ActionStep, DimensionScore } from './types.ts'

const MAX_LEVEL = 4
// Weights are at most 100 (schema), so a priority is at most 4 · 100 · 100; at most 500 questions.
const MAX_PRIORITY = MAX_LEVEL * 100 * 100
const ORDER_SPAN = 1000
const RANK_SPAN = (MAX_PRIORITY * 1e4 + 1) * ORDER_SPAN

/**
 * Every next step, best first: foundation before tools, the business model before the rest of
 * the foundation, then the largest weighted gap to the target. Questions at or above their
 * dimension's target, left out, or unanswered produce no step.
 */
export function buildActionPlan(
  questionnaire: Questionnaire,
  { dimensionOf, stepRank, stepWeight }: PreparedQuestionnaire,
  { counted }: CountedAnswers,
  dimensions: readonly DimensionScore[],
): ActionStep[] {
  // One numeric sort key per step (rank, then priority descending to 1e-4, then questionnaire
  // order), sorted natively: this runs for every response of a workshop, so no comparator.
  const { questions } = questionnaire
  const targetLevel = dimensions.map((d) => (d.target / 100) * MAX_LEVEL)
  const keys = new Float64Array(questions.length)
  const stepAt = new Array<ActionStep | undefined>(questions.length)
  let count = 0
  for (let order = 0; order < questions.length; order++) {
    const c = counted[order]!
    if (c.kind !== 'level') continue
    const d = dimensionOf[order]!
    const gap = targetLevel[d]! - c.level
    if (gap <= 0) continue
    const priority = gap * stepWeight[order]!
    keys[count++] = stepRank[order]! * RANK_SPAN + Math.round((MAX_PRIORITY - priority) * 1e4) * ORDER_SPAN + order
    const dimension = dimensions[d]!
    stepAt[order] = {
      questionId: questions[order]!.id,
      dimensionId: dimension.dimensionId,
      layer: dimension.layer,
      level: c.level,
      from: Math.min(Math.floor(c.level), MAX_LEVEL) as Level,
      unknown: c.unknown,
      gap,
      priority,
    }
  }
  const sorted = keys.subarray(0, count).sort()
  const result = new Array<ActionStep>(count)
  for (let i = 0; i < count; i++) result[i] = stepAt[sorted[i]! % ORDER_SPAN]!
  return result
}
