import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Result } from '../validation.ts'
import { canCarryOver, carryOverResponse, type CarryOverSummary } from './carry-over.ts'
import { checkResponseFits, parseResponse } from './load.ts'
import type { AssessmentResponse } from './schema.ts'

// Apart from load.ts: validating stored answers runs on every start, fitting a file in only when one is imported.

/** A response that fits the questionnaire, and what moving it from an earlier version did, if it moved. */
export interface FittedResponse {
  response: AssessmentResponse
  carriedOver: CarryOverSummary | null
}

/**
 * Makes a valid response fit the questionnaire: answers to an earlier version the questionnaire can
 * take over are carried over first; then everything is checked.
 */
export function fitResponse(
  response: AssessmentResponse,
  questionnaire: Questionnaire,
  now: Date = new Date(),
): Result<FittedResponse> {
  let fitted = response
  let carriedOver: CarryOverSummary | null = null
  if (canCarryOver(response, questionnaire)) {
    const moved = carryOverResponse(response, questionnaire, now)
    if (!moved.ok) return moved
    fitted = moved.value.response
    carriedOver = moved.value.summary
  }
  const problems = checkResponseFits(fitted, questionnaire)
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { response: fitted, carriedOver } }
}

/** Parses a response and makes it fit the questionnaire (`fitResponse`): what every import goes through. */
export function parseResponseFor(text: string, questionnaire: Questionnaire): Result<FittedResponse> {
  const parsed = parseResponse(text)
  return parsed.ok ? fitResponse(parsed.value, questionnaire) : parsed
}
