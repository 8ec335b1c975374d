import { z } from 'zod'

export const RESPONSE_FORMAT = 'groundwork-response'
export const RESPONSE_FORMAT_VERSION = 1
const MAX_NOTE = 2000
const MAX_FIELD = 200

/** The special answers besides a level 0–4. */
export const SPECIAL_CHOICES = ['dontKnow', 'notApplicable', 'notNeeded'] as const
export type SpecialChoice = (typeof SPECIAL_CHOICES)[number]

export const levelSchema = z.number().int('must be a whole number').min(0).max(4)
export type Level = z.infer<typeof levelSchema>

export const choiceSchema = z.union([levelSchema, z.enum(SPECIAL_CHOICES)], {
  error: 'must be a level 0–4, "dontKnow", "notApplicable" or "notNeeded"',
})
export type Choice = z.infer<typeof choiceSchema>

export const answerSchema = z
  .object({
    choice: choiceSchema.optional(),
    note: z.string().max(MAX_NOTE, `must be at most ${MAX_NOTE} characters`).optional(),
  })
  .strict()
export type Answer = z.infer<typeof answerSchema>

// Keys are checked before use so that `__proto__` and friends can never become properties.
const answerKey = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'is not a valid question id')

export const answersSchema = z.record(answerKey, answerSchema)
export type Answers = z.infer<typeof answersSchema>

const shortText = z.string().trim().max(MAX_FIELD, `must be at most ${MAX_FIELD} characters`)

export const companySchema = z
  .object({
    name: shortText.optional(),
    industry: shortText.optional(),
    size: shortText.optional(),
    role: shortText.optional(),
  })
  .strict()
export type Company = z.infer<typeof companySchema>

export const respondentSchema = z
  .object({ name: shortText.optional(), role: shortText.optional() })
  .strict()
export type Respondent = z.infer<typeof respondentSchema>

/** Target maturity level (its id) per dimension id: what the business needs, not the maximum. */
export const targetsSchema = z.record(answerKey, z.string().max(64))
export type Targets = z.infer<typeof targetsSchema>

const timestamp = z.iso.datetime({ offset: true, error: 'must be an ISO date-time' })

/** A response file: one person's answers to one questionnaire version. */
export const responseSchema = z
  .object({
    format: z.literal(RESPONSE_FORMAT, { error: `must be "${RESPONSE_FORMAT}"` }),
    formatVersion: z.literal(RESPONSE_FORMAT_VERSION),
    id: z.string().min(1).max(100),
    questionnaire: z.object({ id: z.string().max(64), version: z.string().max(32) }).strict(),
    respondent: respondentSchema.optional(),
    company: companySchema.optional(),
    answers: answersSchema,
    targets: targetsSchema.optional(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .strict()
export type AssessmentResponse = z.infer<typeof responseSchema>
