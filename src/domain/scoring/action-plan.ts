import type { Questionnaire } from '../questionnaire/schema.ts'
import type { CountedAnswers } from './score.ts'
import type { ActionStep, DimensionScore } from './types.ts'

const MAX_LEVEL = 4

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
  // Sort keys are kept beside the steps, not on them: this runs for every response in a workshop.
  const steps: ActionStep[] = []
  const keys: { rank: number; priority: number; order: number; index: number }[] = []
  const { businessModelDimension } = questionnaire.scoring
  questionnaire.questions.forEach((question, order) => {
    const c = counted[order]!
    if (c.kind !== 'level') return
    const d = dimensionOf[order]!
    const dimension = questionnaire.dimensions[d]!
    const gap = (dimensions[d]!.target / 100) * MAX_LEVEL - c.level
    if (gap <= 0) return
    const priority = gap * question.weight * dimension.weight
    const rank = dimension.layer === 'tools' ? 2 : dimension.id === businessModelDimension ? 0 : 1
    keys.push({ rank, priority, order, index: steps.length })
    steps.push({
      questionId: question.id,
      dimensionId: dimension.id,
      layer: dimension.layer,
      level: c.level,
      unknown: c.unknown,
      gap,
      priority,
    })
  })
  keys.sort((a, b) => a.rank - b.rank || b.priority - a.priority || a.order - b.order)
  return keys.map((key) => steps[key.index]!)
}
