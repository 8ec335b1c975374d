import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Level } from '../response/schema.ts'
import type { CountedAnswers, PreparedQuestionnaire } from './score.ts'
import type { ActionStep, DimensionScore } from './types.ts'

const MAX_LEVEL = 4
// Weights are at most 100 (schema), so a priority is at most 4 · 100 · 100; at most 500 questions.
const MAX_PRIORITY = MAX_LEVEL * 100 * 100
const ORDER_SPAN = 1000
const PRIORITY_SPAN = MAX_PRIORITY * 1e4 + 1
// A risk step's urgency and effort come before its gap: (3 − urgency) · 10 + effort < 30.
const RANK_SPAN = 30 * PRIORITY_SPAN * ORDER_SPAN
/** Below this level a risk question is a risk that does not wait. */
export const RISK_BELOW_LEVEL = 2

/** Risks first at the top, alternating with the business model: neither waits for the other. */
function interleave(steps: ActionStep[]): ActionStep[] {
  const risks = steps.filter((s) => s.risk)
  const businessModel = steps.filter((s) => !s.risk && s.rank === 1)
  const rest = steps.filter((s) => !s.risk && s.rank !== 1)
  const top: ActionStep[] = []
  for (let i = 0; i < Math.max(risks.length, businessModel.length); i++) {
    if (risks[i]) top.push(risks[i]!)
    if (businessModel[i]) top.push(businessModel[i]!)
  }
  return [...top, ...rest]
}

/**
 * Every next step, best first: risks that do not wait (most urgent and cheapest first) alternating
 * with the business model, then the rest of the foundation, then tools, each by the largest
 * weighted gap to the target. Questions at or above their dimension's target, left out, or
 * unanswered produce no step; a risk question below level 2 always does, whatever the target.
 */
export function buildActionPlan(
  questionnaire: Questionnaire,
  { dimensionOf, stepRank, stepWeight, riskOrder }: PreparedQuestionnaire,
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
    const risk = riskOrder[order]! >= 0 && c.level < RISK_BELOW_LEVEL
    const gap = risk ? Math.max(targetLevel[d]! - c.level, RISK_BELOW_LEVEL - c.level) : targetLevel[d]! - c.level
    if (gap <= 0) continue
    const priority = gap * stepWeight[order]!
    const rank = risk ? 0 : stepRank[order]! + 1
    const secondary = risk ? riskOrder[order]! : 0
    keys[count++] =
      rank * RANK_SPAN + (secondary * PRIORITY_SPAN + Math.round((MAX_PRIORITY - priority) * 1e4)) * ORDER_SPAN + order
    const dimension = dimensions[d]!
    stepAt[order] = {
      questionId: questions[order]!.id,
      dimensionId: dimension.dimensionId,
      layer: dimension.layer,
      level: c.level,
      from: Math.min(Math.floor(c.level), MAX_LEVEL) as Level,
      unknown: c.unknown,
      risk,
      rank,
      gap,
      priority,
    }
  }
  const sorted = keys.subarray(0, count).sort()
  const result = new Array<ActionStep>(count)
  for (let i = 0; i < count; i++) result[i] = stepAt[sorted[i]! % ORDER_SPAN]!
  return interleave(result)
}
