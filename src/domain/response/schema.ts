import { mustBe } from '../problems/issue.ts'
import { z } from '../zod.ts'
import {
  ADOPTION_CHOICES,
  RESPONSE_FORMAT,
  RESPONSE_FORMAT_VERSION,
  SPECIAL_CHOICES,
  type AdoptionChoice,
} from './format.ts'

// Apart from the schemas, so a new response can be made on the start page without loading zod.
export { RESPONSE_FORMAT, RESPONSE_FORMAT_VERSION, SPECIAL_CHOICES } from './format.ts'
const MAX_NOTE = 2000
const MAX_FIELD = 200

export type SpecialChoice = (typeof SPECIAL_CHOICES)[number]

export const levelSchema = z.int({ error: mustBe('level') }).check(z.gte(0), z.lte(4))
export type Level = z.infer<typeof levelSchema>

// Its own level schema: a 7 is told as an answer that does not exist, with the special answers allowed too.
export const choiceSchema = z.union(
  [z.int({ error: mustBe('choice') }).check(z.gte(0), z.lte(4)), z.enum(SPECIAL_CHOICES)],
  { error: mustBe('choice') },
)
export type Choice = z.infer<typeof choiceSchema>

export const answerSchema = z.strictObject({
  choice: z.optional(choiceSchema),
  note: z.optional(z.string().check(z.maxLength(MAX_NOTE))),
})
export type Answer = z.infer<typeof answerSchema>

/** Question and dimension ids; checked before use so `__proto__` and friends never become keys. */
export const idKeySchema = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: mustBe('identifier') }))

export const answersSchema = z.record(idKeySchema, answerSchema)
export type Answers = z.infer<typeof answersSchema>

const shortText = () => z.optional(z.string().check(z.trim(), z.maxLength(MAX_FIELD)))

export const companySchema = z.strictObject({
  name: shortText(),
  industry: shortText(),
  size: shortText(),
  role: shortText(),
})
export type Company = z.infer<typeof companySchema>

export const respondentSchema = z.strictObject({ name: shortText(), role: shortText() })
export type Respondent = z.infer<typeof respondentSchema>

export { ADOPTION_CHOICES, type AdoptionChoice }

export const adoptionAnswerSchema = z.strictObject({
  choice: z.enum(ADOPTION_CHOICES),
})
export type AdoptionAnswer = z.infer<typeof adoptionAnswerSchema>

export const adoptionAnswersSchema = z.record(
  z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: mustBe('identifier') })),
  adoptionAnswerSchema,
)
export type AdoptionAnswers = z.infer<typeof adoptionAnswersSchema>

export const planEntrySchema = z.strictObject({
  due: z.optional(z.iso.date({ error: mustBe('date') })),
  owner: z.optional(z.string().check(z.trim(), z.maxLength(MAX_FIELD))),
})
export type PlanEntry = z.infer<typeof planEntrySchema>

/** Target maturity level (its id) per dimension id: what the business needs, not the maximum. */
export const targetsSchema = z.record(idKeySchema, z.string().check(z.maxLength(64)))
export type Targets = z.infer<typeof targetsSchema>

const timestamp = () => z.iso.datetime({ offset: true, error: mustBe('datetime') })

/** A response file: one person's answers to one questionnaire version. */
export const responseSchema = z.strictObject({
  format: z.literal(RESPONSE_FORMAT),
  formatVersion: z.literal(RESPONSE_FORMAT_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  questionnaire: z.strictObject({ id: z.string().check(z.maxLength(64)), version: z.string().check(z.maxLength(32)) }),
  respondent: z.optional(respondentSchema),
  company: z.optional(companySchema),
  answers: answersSchema,
  adoption: z.optional(adoptionAnswersSchema),
  /** The kind of tool (an adoption inventory item) the user is being offered: "before you buy". */
  consideringTool: z.optional(idKeySchema),
  /** Per question: when the user means to take the plan's step, and who does it. */
  plan: z.optional(z.record(idKeySchema, planEntrySchema)),
  targets: z.optional(targetsSchema),
  /**
   * The workshop the answers were given for (from the invitation), so a facilitator is asked before
   * they go into another one. Optional: answers outside a workshop, and older files, have none.
   */
  workshopId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  createdAt: timestamp(),
  updatedAt: timestamp(),
})
export type AssessmentResponse = z.infer<typeof responseSchema>
