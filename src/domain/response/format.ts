/** The name and version a response file carries; older versions are upgraded by `migrateResponse`. */
export const RESPONSE_FORMAT = 'groundwork-response'
export const RESPONSE_FORMAT_VERSION = 2

/** The special answers besides a level 0–4. */
export const SPECIAL_CHOICES = ['dontKnow', 'notApplicable', 'notNeeded'] as const

/** How far one kind of software was introduced: the answers of the adoption inventory. Kept here, apart from
 * the zod schemas, so that a question page reading answers loads no validation code. */
export const ADOPTION_CHOICES = ['notIntroduced', 'fewUse', 'mostUse', 'notNeeded', 'dontKnow'] as const
export type AdoptionChoice = (typeof ADOPTION_CHOICES)[number]
