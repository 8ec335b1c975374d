import { checkSchema, parseJsonWith, type Result } from '../validation.ts'
import { questionnaireSchema, type Questionnaire } from './schema.ts'

/** Validates an already-parsed value as a questionnaire, listing every problem with its path. */
export function validateQuestionnaire(data: unknown): Result<Questionnaire> {
  const parsed = checkSchema(questionnaireSchema, data)
  return parsed.ok ? { ok: true, value: sortQuestionnaire(parsed.value) } : parsed
}

/** Parses questionnaire JSON text: syntax and schema problems alike come back as a list. */
export function parseQuestionnaire(text: string): Result<Questionnaire> {
  return parseJsonWith(text, validateQuestionnaire)
}

/** Dimensions in their declared order; questions grouped by that order, keeping file order within. */
function sortQuestionnaire(questionnaire: Questionnaire): Questionnaire {
  const dimensions = [...questionnaire.dimensions].sort((a, b) => a.order - b.order)
  const rank = new Map(dimensions.map((d, i) => [d.id, i]))
  const questions = questionnaire.questions
    .map((question, index) => ({ question, index }))
    .sort((a, b) => (rank.get(a.question.dimension) ?? 0) - (rank.get(b.question.dimension) ?? 0) || a.index - b.index)
    .map(({ question }) => question)
  return { ...questionnaire, dimensions, questions }
}
