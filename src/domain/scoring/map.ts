import type { ScoringParameters } from '../questionnaire/schema.ts'
import type { Quadrant } from './types.ts'

/**
 * The map's quadrant of a business-model score and an adoption index. Across is the business model, not
 * the foundation average: "ahead" means ahead of understanding one's own business (the CRM story), so a
 * company whose only weakness is another dimension is not drawn as "tools first". The lines are the
 * findings' thresholds (`foundationCarriesFrom` across, `adoptionLagsBelow` up). Null while either is unknown.
 */
export function quadrantOf(
  businessModelScore: number | null,
  adoptionIndex: number | null,
  scoring: Pick<ScoringParameters, 'foundationCarriesFrom' | 'adoptionLagsBelow'>,
): Quadrant | null {
  if (businessModelScore === null || adoptionIndex === null) return null
  const grounded = businessModelScore >= scoring.foundationCarriesFrom
  const equipped = adoptionIndex >= scoring.adoptionLagsBelow
  if (grounded) return equipped ? 'groundedEquipped' : 'groundedLean'
  return equipped ? 'toolsFirst' : 'notYetStarted'
}
