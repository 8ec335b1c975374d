import { z } from '../zod.ts'
import { questionnaireSchema } from './schema.ts'

/**
 * The JSON Schema authors' editors use for completion, generated from the zod schema (the single
 * source of truth). It describes what an author writes, so fields with defaults are optional.
 * Cross-field rules (unique ids, references) are beyond JSON Schema: `groundwork validate` checks them.
 */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(questionnaireSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >
  return {
    ...schema,
    $id: 'https://groundwork.invalid/questionnaire.schema.json',
    title: 'Groundwork questionnaire',
    description:
      'A Groundwork questionnaire: dimensions, questions with five observable levels each, scoring parameters and maturity levels, every text in German and English.',
  }
}

/** The file content as written to questionnaires/questionnaire.schema.json. */
export function questionnaireJsonSchemaText(): string {
  return `${JSON.stringify(questionnaireJsonSchema(), null, 2)}\n`
}
