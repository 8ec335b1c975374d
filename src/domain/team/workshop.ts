import { isJsonObject, migrateFormat, type Migration } from '../format-migration.ts'
import { mustBe } from '../problems/issue.ts'
import { z } from '../zod.ts'
import { andThen, checkSchema, parseJsonWith, type Result } from '../validation.ts'
import { adoptionAnswersSchema, answersSchema, companySchema, idKeySchema, levelSchema } from '../response/schema.ts'

export const WORKSHOP_FORMAT = 'groundwork-workshop'
export const WORKSHOP_FORMAT_VERSION = 1

const shortText = () => z.string().check(z.trim(), z.maxLength(200))

export const DEFAULT_ROLES = ['management', 'staff', 'sales-service', 'production', 'administration'] as const

export const workshopParticipantSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.optional(shortText()),
  role: z.optional(shortText()),
  /** Where the answers came from: typed in live, or a participant's response file or link. */
  source: z.enum(['live', 'file', 'link']),
  /** The id of the imported response: the same response imported twice is recognised. */
  responseId: z.optional(z.string().check(z.maxLength(100))),
  /** When the imported response last changed: a newer version re-sent updates the answers, an older one is refused. */
  responseUpdatedAt: z.optional(z.iso.datetime({ offset: true, error: mustBe('datetime') })),
  answers: answersSchema,
  /** The participant's adoption inventory, when their response file or link had one. */
  adoption: z.optional(adoptionAnswersSchema),
})
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>

/** An action the room agreed on a topic: what, who and by when (typed as the room says it). */
export const workshopActionSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  text: z.string().check(z.maxLength(500)),
  owner: z.optional(z.string().check(z.maxLength(200))),
  due: z.optional(z.iso.date({ error: mustBe('date') })),
})
export type WorkshopAction = z.infer<typeof workshopActionSchema>

/** What the room decided on one discussion topic, and the actions that follow. */
export const workshopDecisionSchema = z.strictObject({
  decision: z.optional(z.string().check(z.maxLength(2000))),
  actions: z._default(z.array(workshopActionSchema).check(z.maxLength(50)), []),
})
export type WorkshopDecision = z.infer<typeof workshopDecisionSchema>

/** A workshop: one questionnaire, many participants, kept locally and exported as one file. */
export const workshopSchema = z.strictObject({
  format: z.literal(WORKSHOP_FORMAT),
  formatVersion: z.literal(WORKSHOP_FORMAT_VERSION),
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  title: shortText().check(z.minLength(1)),
  organisation: z.optional(shortText()),
  date: z.iso.date({ error: mustBe('date') }),
  facilitator: z.optional(shortText()),
  company: z.optional(companySchema),
  questionnaire: z.strictObject({ id: z.string().check(z.maxLength(64)), version: z.string().check(z.maxLength(32)) }),
  roles: z.array(shortText().check(z.minLength(1))).check(z.maxLength(30)),
  participants: z.array(workshopParticipantSchema).check(z.maxLength(2000)),
  /** Levels the room agreed on in live mode, by question id. */
  consensus: z._default(z.record(idKeySchema, levelSchema), {}),
  /** Decisions and actions per discussion topic, by question id (optional: older files have none). */
  decisions: z.optional(z.record(idKeySchema, workshopDecisionSchema)),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type Workshop = z.infer<typeof workshopSchema>

/** What the workshop form checks: the workshop's own rules for its title, organisation, date and facilitator. */
export const workshopDetailsSchema = z.pick(workshopSchema, {
  title: true,
  organisation: true,
  date: true,
  facilitator: true,
})

/**
 * Upgrades from workshop format version N to N + 1, keyed by N: files, links and the workspace's
 * stored workshops all come through here, so a new version needs one entry, not three.
 * Version 1 is the first published format.
 */
const migrations: Record<number, Migration> = {}

/** Brings a workshop file of any known format version to the current one. */
export function migrateWorkshop(
  data: unknown,
  steps: Record<number, Migration> = migrations,
  currentVersion: number = WORKSHOP_FORMAT_VERSION,
): Result<unknown> {
  const file = { format: WORKSHOP_FORMAT, currentVersion, steps }
  if (!isJsonObject(data)) return migrateFormat(data, file)
  const version = data.formatVersion
  // Not a workshop, or no usable version: the schema says exactly what is wrong, field by field.
  if (data.format !== WORKSHOP_FORMAT || typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: true, value: data }
  return migrateFormat(data, file)
}

/** Migrates an older format version, then validates: the one door every workshop comes through. */
export function validateWorkshop(data: unknown): Result<Workshop> {
  return andThen(migrateWorkshop(data), (migrated) => checkSchema(workshopSchema, migrated))
}

/** Parses workshop JSON text; syntax and schema problems alike come back as a list. */
export function parseWorkshop(text: string): Result<Workshop> {
  return parseJsonWith(text, validateWorkshop)
}
