import type { Questionnaire } from '../questionnaire/schema.ts'
import { adoptionChoiceOf } from '../response/choices.ts'
import type { AdoptionAnswers, AdoptionChoice } from '../response/schema.ts'
import type { AdoptionSummary } from './types.ts'

/**
 * What was bought and what is used, from the adoption inventory:
 * - adoption index (0–100): the weighted share of the items answered that were introduced
 *   ("not needed" counts as not introduced; "don't know" and unanswered items are left out);
 * - use rate (0–1): of the items introduced, the weighted share used by most of the people they were bought for.
 * Null when the questionnaire has no inventory.
 */
export function summarizeAdoption(
  questionnaire: Questionnaire,
  choices: readonly (AdoptionChoice | undefined)[],
): AdoptionSummary | null {
  const items = questionnaire.adoption?.items
  if (!items) return null
  let answeredWeight = 0
  let introducedWeight = 0
  let usedWeight = 0
  const summary: AdoptionSummary = {
    index: null,
    useRate: null,
    introduced: [],
    barelyUsed: [],
    notIntroduced: [],
    notNeeded: [],
    unknown: [],
    answered: 0,
    total: items.length,
  }
  items.forEach((item, i) => {
    const choice = choices[i]
    if (choice === undefined) return
    summary.answered += 1
    if (choice === 'dontKnow') {
      summary.unknown.push(item.id)
      return
    }
    answeredWeight += item.weight
    if (choice === 'notIntroduced') summary.notIntroduced.push(item.id)
    else if (choice === 'notNeeded') summary.notNeeded.push(item.id)
    else {
      introducedWeight += item.weight
      summary.introduced.push(item.id)
      if (choice === 'mostUse') usedWeight += item.weight
      else summary.barelyUsed.push(item.id)
    }
  })
  if (answeredWeight > 0) summary.index = (introducedWeight / answeredWeight) * 100
  if (introducedWeight > 0) summary.useRate = usedWeight / introducedWeight
  return summary
}

/** Each inventory item's answer, in questionnaire order. */
export function adoptionChoices(
  questionnaire: Questionnaire,
  adoption: AdoptionAnswers | undefined,
): (AdoptionChoice | undefined)[] {
  return (questionnaire.adoption?.items ?? []).map((item) => adoptionChoiceOf(adoption, item.id))
}

// When a team answers differently, the item takes the most frequent answer; on a tie the one that
// asks more of the company wins (barely used before used, introduced before not), so a problem is
// never averaged away.
const TIE_ORDER: readonly AdoptionChoice[] = ['fewUse', 'mostUse', 'notIntroduced', 'notNeeded', 'dontKnow']

/** A team's combined inventory answer per item: the most frequent answer given. */
export function combineAdoptionChoices(
  perParticipant: readonly (readonly (AdoptionChoice | undefined)[])[],
  itemCount: number,
): (AdoptionChoice | undefined)[] {
  const combined: (AdoptionChoice | undefined)[] = []
  for (let i = 0; i < itemCount; i++) {
    const counts = new Map<AdoptionChoice, number>()
    for (const choices of perParticipant) {
      const choice = choices[i]
      if (choice !== undefined) counts.set(choice, (counts.get(choice) ?? 0) + 1)
    }
    let best: AdoptionChoice | undefined
    for (const choice of TIE_ORDER) {
      const count = counts.get(choice) ?? 0
      if (count > 0 && (best === undefined || count > counts.get(best)!)) best = choice
    }
    combined.push(best)
  }
  return combined
}
