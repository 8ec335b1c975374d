import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Answers } from '../response/schema.ts'
import { countAnswer } from './count.ts'
import type { ActionStep, DimensionScore } from './types.ts'

const MAX_LEVEL = 4

/**
 * Every next step, best first: foundation before tools, the business model before the rest of
 * the foundation, then the largest weighted gap to the target. Questions at or above their
 * dimension's target, left out, or unanswered produce no step.
 */
export function buildActionPlan(
  questionnaire: Questionnaire,
  answers: Answers,
  dimensions: readonly DimensionScore[],
  notNeededCounts: boolean,
): ActionStep[] {
  const dimensionById = new Map(questionnaire.dimensions.map((d) => [d.id, d]))
  const targetById = new Map(dimensions.map((d) => [d.dimensionId, d.target]))
  const steps: (ActionStep & { rank: number; order: number })[] = []
  questionnaire.questions.forEach((question, order) => {
    const counted = countAnswer(question, answers, notNeededCounts)
    if (counted.kind !== 'level') return
    const dimension = dimensionById.get(question.dimension)!
    const targetLevel = ((targetById.get(dimension.id) ?? 100) / 100) * MAX_LEVEL
    const gap = targetLevel - counted.level
    if (gap <= 0) return
    const rank =
      dimension.layer === 'tools' ? 2 : dimension.id === questionnaire.scoring.businessModelDimension ? 0 : 1
    steps.push({
      questionId: question.id,
      dimensionId: dimension.id,
      layer: dimension.layer,
      level: counted.level,
      unknown: counted.unknown,
      gap,
      priority: gap * question.weight * dimension.weight,
      rank,
      order,
    })
  })
  steps.sort((a, b) => a.rank - b.rank || b.priority - a.priority || a.order - b.order)
  return steps.map(({ rank: _rank, order: _order, ...step }) => step)
}
