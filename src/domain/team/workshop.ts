import { z } from 'zod'
import { parseJson, problemsFromZod, type Result } from '../validation.ts'
import { answersSchema, companySchema } from '../response/schema.ts'

export const WORKSHOP_FORMAT = 'groundwork-workshop'
export const WORKSHOP_FORMAT_VERSION = 1

const shortText = z.string().trim().max(200, 'must be at most 200 characters')

export const DEFAULT_ROLES = ['management', 'staff', 'sales-service', 'production', 'administration'] as const

export const workshopParticipantSchema = z
  .object({
    id: z.string().min(1).max(100),
    name: shortText.optional(),
    role: shortText.optional(),
    /** Where the answers came from: typed in live, or a participant's response file or link. */
    source: z.enum(['live', 'file', 'link']),
    /** The id of the imported response: the same response imported twice is recognised. */
    responseId: z.string().max(100).optional(),
    answers: answersSchema,
  })
  .strict()
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>

/** A workshop: one questionnaire, many participants, kept locally and exported as one file. */
export const workshopSchema = z
  .object({
    format: z.literal(WORKSHOP_FORMAT, { error: `must be "${WORKSHOP_FORMAT}"` }),
    formatVersion: z.literal(WORKSHOP_FORMAT_VERSION),
    id: z.string().min(1).max(100),
    title: shortText.min(1, 'must not be empty'),
    organisation: shortText.optional(),
    date: z.iso.date({ error: 'must be a date like 2026-11-23' }),
    facilitator: shortText.optional(),
    company: companySchema.optional(),
    questionnaire: z.object({ id: z.string().max(64), version: z.string().max(32) }).strict(),
    roles: z.array(shortText.min(1)).max(30),
    participants: z.array(workshopParticipantSchema).max(2000),
    /** Levels the room agreed on in live mode, by question id. */
    consensus: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,63}$/), z.number().int().min(0).max(4)).default({}),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .strict()
export type Workshop = z.infer<typeof workshopSchema>

/** Validates a parsed workshop file. */
export function validateWorkshop(data: unknown): Result<Workshop> {
  const parsed = workshopSchema.safeParse(data)
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) }
}

/** Parses workshop JSON text; syntax and schema problems alike come back as a list. */
export function parseWorkshop(text: string): Result<Workshop> {
  const json = parseJson(text)
  return json.ok ? validateWorkshop(json.value) : json
}
