import { parseResponseFor, type Questionnaire } from '../../domain/index.ts'

/** Reads an imported response file for the questionnaire in use: loaded only when a file is chosen. */
export function readResponseFile(text: string, questionnaire: Questionnaire) {
  return parseResponseFor(text, questionnaire)
}
