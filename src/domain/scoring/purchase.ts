import type { Questionnaire } from '../questionnaire/schema.ts'
import { RISK_BELOW_LEVEL } from './levels.ts'
import type { CountedAnswers, DimensionScore, OpenPoint, PurchaseCheck } from './types.ts'

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
