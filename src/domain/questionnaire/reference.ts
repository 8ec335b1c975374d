/** What names one questionnaire: its id and version, as a questionnaire, a response or a workshop carries them. */
export interface QuestionnaireReference {
  id: string
  version: string
}

/**
 * Whether two references name the same questionnaire: the same id and the same version. A response
 * answers one version; another version of the same id needs a carry-over first.
 */
export function sameQuestionnaire(a: QuestionnaireReference, b: QuestionnaireReference): boolean {
  return a.id === b.id && a.version === b.version
}
