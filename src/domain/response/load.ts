import type { Questionnaire } from '../questionnaire/schema.ts'
import { andThen, checkSchema, parseJsonWith, problemAt, type Result, type ValidationProblem } from '../validation.ts'
import { migrateResponse } from './migrate.ts'
import { responseSchema, type AssessmentResponse } from './schema.ts'
import { sameQuestionnaire } from '../questionnaire/reference.ts'

/** Migrates an old format version, then validates: the one door every response comes through. */
export function validateResponse(data: unknown): Result<AssessmentResponse> {
  return andThen(migrateResponse(data), (migrated) => checkSchema(responseSchema, migrated))
}

/** Parses response JSON text; syntax, format and schema problems alike come back as a list. */
export function parseResponse(text: string): Result<AssessmentResponse> {
  return parseJsonWith(text, validateResponse)
}

/**
 * Checks that a valid response belongs to this questionnaire: same id and version, known
 * question ids, and only the answer options each question offers.
 */
export function checkResponseFits(response: AssessmentResponse, questionnaire: Questionnaire): ValidationProblem[] {
  const { id, version } = response.questionnaire
  if (!sameQuestionnaire(response.questionnaire, questionnaire))
    return [
      problemAt('questionnaire', {
        code: 'other_questionnaire',
        id,
        version,
        expectedId: questionnaire.id,
        expectedVersion: questionnaire.version,
      }),
    ]
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  const problems: ValidationProblem[] = []
  for (const [questionId, answer] of Object.entries(response.answers)) {
    const question = questions.get(questionId)
    const path = `answers.${questionId}`
    if (!question) {
      problems.push(problemAt(path, { code: 'no_such_question' }))
      continue
    }
    const choice = answer.choice
    if (typeof choice === 'string' && !question.options[choice])
      problems.push(problemAt(`${path}.choice`, { code: 'choice_not_offered', choice }))
  }
  const items = new Set(questionnaire.adoption?.items.map((item) => item.id) ?? [])
  if (response.consideringTool !== undefined && !items.has(response.consideringTool))
    problems.push(problemAt('consideringTool', { code: 'no_such_item' }))
  for (const itemId of Object.keys(response.adoption ?? {}))
    if (!items.has(itemId)) problems.push(problemAt(`adoption.${itemId}`, { code: 'no_such_item' }))
  return problems
}
