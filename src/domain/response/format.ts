/** The name and version a response file carries; older versions are upgraded by `migrateResponse`. */
export const RESPONSE_FORMAT = 'groundwork-response'
export const RESPONSE_FORMAT_VERSION = 2

/** The special answers besides a level 0–4. */
export const SPECIAL_CHOICES = ['dontKnow', 'notApplicable', 'notNeeded'] as const
