import type { Questionnaire } from '../questionnaire/schema.ts'
import { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION } from './format.ts'
import type { AssessmentResponse } from './schema.ts'

/** A new, empty response to a questionnaire. `now` and `id` are passed in to keep this pure. */
export function createResponse(questionnaire: Questionnaire, id: string, now: Date): AssessmentResponse {
  const timestamp = now.toISOString()
  return {
    format: RESPONSE_FORMAT,
    formatVersion: RESPONSE_FORMAT_VERSION,
    id,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers: {},
    createdAt: timestamp,
    updatedAt: timestamp,
  }
}
