import type { Questionnaire } from '../questionnaire/schema.ts'
import { parseJson, problemsFromZod, type Result, type ValidationProblem } from '../validation.ts'
import { migrateResponse } from './migrate.ts'
import { responseSchema, type AssessmentResponse } from './schema.ts'

/** Migrates an old format version, then validates: the one door every response comes through. */
export function validateResponse(data: unknown): Result<AssessmentResponse> {
  const migrated = migrateResponse(data)
  if (!migrated.ok) return migrated
  const parsed = responseSchema.safeParse(migrated.value)
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) }
  return { ok: true, value: parsed.data }
}

/** Parses response JSON text; syntax, format and schema problems alike come back as a list. */
export function parseResponse(text: string): Result<AssessmentResponse> {
  const json = parseJson(text)
  return json.ok ? validateResponse(json.value) : json
}

/**
 * Checks that a valid response belongs to this questionnaire: same id and version, known
 * question ids, and only the answer options each question offers.
 */
export function checkResponseFits(response: AssessmentResponse, questionnaire: Questionnaire): ValidationProblem[] {
  const { id, version } = response.questionnaire
  if (id !== questionnaire.id || version !== questionnaire.version)
    return [
      {
        path: 'questionnaire',
        message: `answers questionnaire "${id}" version ${version}, not "${questionnaire.id}" version ${questionnaire.version}`,
      },
    ]
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  const problems: ValidationProblem[] = []
  for (const [questionId, answer] of Object.entries(response.answers)) {
    const question = questions.get(questionId)
    const path = `answers.${questionId}`
    if (!question) {
      problems.push({ path, message: 'no such question in this questionnaire' })
      continue
    }
    const choice = answer.choice
    if (typeof choice === 'string' && !question.options[choice])
      problems.push({ path: `${path}.choice`, message: `"${choice}" is not offered on this question` })
  }
  const items = new Set(questionnaire.adoption?.items.map((item) => item.id) ?? [])
  if (response.consideringTool !== undefined && !items.has(response.consideringTool))
    problems.push({ path: 'consideringTool', message: "no such item in this questionnaire's inventory" })
  for (const itemId of Object.keys(response.adoption ?? {}))
    if (!items.has(itemId))
      problems.push({ path: `adoption.${itemId}`, message: "no such item in this questionnaire's inventory" })
  return problems
}
