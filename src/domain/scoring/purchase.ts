import type { Questionnaire } from '../questionnaire/schema.ts'
import { RISK_BELOW_LEVEL } from './action-plan.ts'
import type { CountedAnswers } from './score.ts'
import type { DimensionScore } from './types.ts'

/** A question to settle before buying: where the company's own answer stands today. */
export interface OpenPoint {
  questionId: string
  /** The level answered, null when unanswered. */
  level: number | null
  unknown: boolean
}

/**
 * "Before you buy": whether the foundation carries the kind of tool the user is being offered.
 * - `useWhatYouHave`: one was introduced already and few use it; find out why before buying another;
 * - `settleFirst`: the business model does not carry it yet, or questions it depends on are below level 2;
 * - `carried`: both are settled: the tool may serve the business, justified from it.
 */
export interface PurchaseCheck {
  itemId: string
  verdict: 'useWhatYouHave' | 'settleFirst' | 'carried'
  businessModelScore: number | null
  /** Whether the business-model score reaches `foundationCarriesFrom`. */
  businessModelCarries: boolean
  /** The item's "settle first" questions below level 2, in the questionnaire's order. */
  open: OpenPoint[]
  /** The same kind of tool, already introduced: used by few or by most. */
  alreadyIntroduced: 'fewUse' | 'mostUse' | null
}

/** Checks the kind of tool `itemId` against the answers; null when the questionnaire has no such item. */
export function checkPurchase(
  questionnaire: Questionnaire,
  counts: CountedAnswers,
  dimensions: readonly DimensionScore[],
  itemId: string,
): PurchaseCheck | null {
  const items = questionnaire.adoption?.items ?? []
  const at = items.findIndex((i) => i.id === itemId)
  const item = items[at]
  if (!item) return null
  const index = new Map(questionnaire.questions.map((q, i) => [q.id, i]))
  const open: OpenPoint[] = []
  for (const questionId of item.settleFirst) {
    const q = index.get(questionId)
    if (q === undefined) continue
    const c = counts.counted[q]!
    if (c.kind === 'excluded') continue
    if (c.kind === 'unanswered') open.push({ questionId, level: null, unknown: false })
    else if (c.level < RISK_BELOW_LEVEL) open.push({ questionId, level: c.level, unknown: c.unknown })
  }
  const businessModelScore =
    dimensions.find((d) => d.dimensionId === questionnaire.scoring.businessModelDimension)?.score ?? null
  const businessModelCarries =
    businessModelScore !== null && businessModelScore >= questionnaire.scoring.foundationCarriesFrom
  // The inventory's answers were read once, in item order, when the answers were counted.
  const choice = counts.adoption[at]
  const alreadyIntroduced = choice === 'fewUse' || choice === 'mostUse' ? choice : null
  const verdict =
    alreadyIntroduced === 'fewUse'
      ? 'useWhatYouHave'
      : businessModelCarries && open.length === 0
        ? 'carried'
        : 'settleFirst'
  return { itemId, verdict, businessModelScore, businessModelCarries, open, alreadyIntroduced }
}
