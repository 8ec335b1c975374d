import type { ScoringParameters } from '../questionnaire/schema.ts'

/**
 * Where a company stands on the map of foundation (across) against tools introduced (up):
 * tools first (little foundation, much bought), not yet started, grounded and lean, grounded and equipped.
 */
export type Quadrant = 'toolsFirst' | 'notYetStarted' | 'groundedLean' | 'groundedEquipped'

/**
 * The map's quadrant of a foundation index and an adoption index. The lines are the thresholds of the
 * findings (`foundationCarriesFrom` across, `adoptionLagsBelow` up), so the map and the findings tell
 * the same story. Null while either index is unknown.
 */
export function quadrantOf(
  foundationIndex: number | null,
  adoptionIndex: number | null,
  scoring: Pick<ScoringParameters, 'foundationCarriesFrom' | 'adoptionLagsBelow'>,
): Quadrant | null {
  if (foundationIndex === null || adoptionIndex === null) return null
  const grounded = foundationIndex >= scoring.foundationCarriesFrom
  const equipped = adoptionIndex >= scoring.adoptionLagsBelow
  if (grounded) return equipped ? 'groundedEquipped' : 'groundedLean'
  return equipped ? 'toolsFirst' : 'notYetStarted'
}
