import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Level } from '../response/schema.ts'
import { RISK_BELOW_LEVEL } from './levels.ts'
import type { ActionStep, CountedAnswers, DimensionScore, PreparedQuestionnaire } from './types.ts'

const MAX_LEVEL = 4
// Weights are at most 100 (schema), so a priority is at most 4 · 100 · 100; at most 500 questions.
const MAX_PRIORITY = MAX_LEVEL * 100 * 100
const ORDER_SPAN = 1000
const PRIORITY_SPAN = MAX_PRIORITY * 1e4 + 1
// Before its gap come a risk step's urgency and effort ((3 − urgency) · 10 + effort < 30) and a
// foundation step's area score (0–100, the weakest area first).
const RANK_SPAN = 101 * PRIORITY_SPAN * ORDER_SPAN

/**
 * The top of the plan takes turns: a risk that does not wait, a business-model step, a step of the rest
 * of the foundation (the weakest area first, so it surfaces early); tools come last.
 */
function interleave(steps: ActionStep[]): ActionStep[] {
  const risks: ActionStep[] = []
  const businessModel: ActionStep[] = []
  const foundation: ActionStep[] = []
  const tools: ActionStep[] = []
  for (const step of steps)
    (step.risk ? risks : step.rank === 1 ? businessModel : step.rank === 2 ? foundation : tools).push(step)
  const merged: ActionStep[] = []
  const turns = Math.max(risks.length, businessModel.length, foundation.length)
  for (let i = 0; i < turns; i++) {
    if (i < risks.length) merged.push(risks[i]!)
    if (i < businessModel.length) merged.push(businessModel[i]!)
    if (i < foundation.length) merged.push(foundation[i]!)
  }
  for (const step of tools) merged.push(step)
  return merged
}

/**
 * Every next step, best first: risks that do not wait (most urgent and cheapest first), the business
 * model and the rest of the foundation (weakest area first) taking turns, then tools; within that by the
 * largest weighted gap to the target. Questions at or above their dimension's target, left out, or
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
    const areaScore = dimensions[d]!.score ?? 0
    const secondary = risk ? riskOrder[order]! : rank === 2 ? Math.round(areaScore) : 0
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
