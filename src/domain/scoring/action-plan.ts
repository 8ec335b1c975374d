import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Level } from '../response/schema.ts'
import type { CountedAnswers } from './score.ts'
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
  dimensionOf: readonly number[],
  { counted }: CountedAnswers,
  dimensions: readonly DimensionScore[],
): ActionStep[] {
  // One numeric sort key per step (rank, then priority descending to 1e-4, then questionnaire
  // order), sorted natively: this runs for every response of a workshop, so no comparator.
  const stepAt = new Array<ActionStep | undefined>(questionnaire.questions.length)
  const keys: number[] = []
  const { businessModelDimension } = questionnaire.scoring
  const { questions } = questionnaire
  for (let order = 0; order < questions.length; order++) {
    const c = counted[order]!
    if (c.kind !== 'level') continue
    const question = questions[order]!
    const d = dimensionOf[order]!
    const dimension = questionnaire.dimensions[d]!
    const gap = (dimensions[d]!.target / 100) * MAX_LEVEL - c.level
    if (gap <= 0) continue
    const priority = gap * question.weight * dimension.weight
    const rank = dimension.layer === 'tools' ? 2 : dimension.id === businessModelDimension ? 0 : 1
    keys.push(rank * RANK_SPAN + Math.round((MAX_PRIORITY - priority) * 1e4) * ORDER_SPAN + order)
    stepAt[order] = {
      questionId: question.id,
      dimensionId: dimension.id,
      layer: dimension.layer,
      level: c.level,
      from: Math.min(Math.floor(c.level), MAX_LEVEL) as Level,
      unknown: c.unknown,
      gap,
      priority,
    }
  }
  const sorted = Float64Array.from(keys).sort()
  const result = new Array<ActionStep>(sorted.length)
  for (let i = 0; i < sorted.length; i++) result[i] = stepAt[sorted[i]! % ORDER_SPAN]!
  return result
}
