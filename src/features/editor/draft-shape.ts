import * as z from 'zod/mini'
import type { Questionnaire } from '../../domain/index.ts'

// A stored draft may be unfinished (empty texts, a number being typed), but it must have the
// questionnaire's shape for the editor to show it: this checks the shape, not the content.
const text = z.object({ de: z.string(), en: z.string() })
const number = z.union([z.number(), z.nan()])
const fiveTexts = z.array(text).check(z.length(5))
const shape = z.looseObject({
  id: z.string(),
  version: z.string(),
  title: text,
  description: text,
  dimensions: z.array(
    z.looseObject({ id: z.string(), order: number, layer: z.string(), weight: number, title: text, description: text }),
  ),
  questions: z.array(
    z.looseObject({
      id: z.string(),
      dimension: z.string(),
      title: text,
      prompt: text,
      why: text,
      levels: fiveTexts,
      recommendations: fiveTexts,
      options: z.looseObject({ dontKnow: z.boolean(), notApplicable: z.boolean(), notNeeded: z.boolean() }),
      weight: number,
    }),
  ),
  scoring: z.record(z.string(), z.union([number, z.string()])),
  maturityLevels: z.array(z.looseObject({ id: z.string(), min: number, name: text, description: text })),
  adoption: z.optional(
    z.looseObject({
      intro: text,
      items: z.array(
        z.looseObject({
          id: z.string(),
          title: text,
          examples: text,
          worthItWhen: text,
          settleFirst: z.array(z.string()),
          weight: number,
        }),
      ),
    }),
  ),
})

/** The stored draft as a questionnaire to edit, or null when it does not have the shape of one. */
export function readDraftShape(value: unknown): Questionnaire | null {
  return shape.safeParse(value).success ? (value as Questionnaire) : null
}
