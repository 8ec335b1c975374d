import { validateBranding, type Branding } from '../branding/schema.ts'
import { validateQuestionnaire } from '../questionnaire/load.ts'
import type { Questionnaire } from '../questionnaire/schema.ts'
import { validateResponse } from '../response/load.ts'
import type { AssessmentResponse } from '../response/schema.ts'
import { validateWorkshop, type Workshop } from '../team/workshop.ts'
import { andThen, checkSchema, problemAt, type Result } from '../validation.ts'
import { z } from '../zod.ts'

/**
 * The workspace's records, as kept in the browser's database and in a workspace backup.
 * Every record has a stable id, `updatedAt` and an optional deletion marker (`deletedAt`, a
 * tombstone): enough for a later replication engine to merge them without a new model.
 * What a record carries from the file formats (a response, a workshop, a questionnaire) keeps
 * its own `formatVersion`, so the domain's migrations serve files, links and the database alike.
 */
export interface RecordBase {
  id: string
  updatedAt: string
  deletedAt?: string | undefined
}

/** A company a consultant works with. */
export interface ClientRecord extends RecordBase {
  name: string
  createdAt: string
}

/** One assessment of a company at one time; `clientId` null: the owner's own, not filed under a client. */
export interface AssessmentRecord extends RecordBase {
  clientId: string | null
  response: AssessmentResponse
  /** The question the user last worked on: resume returns here. */
  lastQuestionId?: string | undefined
  /** Set when the assessment was kept as a snapshot to compare with later: it no longer changes. */
  keptAt?: string | undefined
}

export interface WorkshopRecord extends RecordBase {
  clientId: string | null
  workshop: Workshop
}

/** A questionnaire version in the library; its id is `questionnaireKey(id, version)`. */
export interface QuestionnaireRecord extends RecordBase {
  questionnaire: Questionnaire
  addedAt: string
}

export interface BrandingRecord extends RecordBase {
  name: string
  branding: Branding
}

export const RECORD_KINDS = ['clients', 'assessments', 'workshops', 'questionnaires', 'branding'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]

export interface RecordOf {
  clients: ClientRecord
  assessments: AssessmentRecord
  workshops: WorkshopRecord
  questionnaires: QuestionnaireRecord
  branding: BrandingRecord
}

export function questionnaireKey(id: string, version: string): string {
  return `${id}@${version}`
}

const id = () => z.string().check(z.minLength(1), z.maxLength(200))
const timestamp = () => z.iso.datetime({ offset: true, error: 'must be an ISO date-time' })
const base = {
  id: id(),
  updatedAt: timestamp(),
  deletedAt: z.optional(timestamp()),
}

const clientShape = z.strictObject({
  ...base,
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(200)),
  createdAt: timestamp(),
})
const assessmentShape = z.strictObject({
  ...base,
  clientId: z.nullable(id()),
  response: z.unknown(),
  lastQuestionId: z.optional(z.string().check(z.maxLength(64))),
  keptAt: z.optional(timestamp()),
})
const workshopShape = z.strictObject({ ...base, clientId: z.nullable(id()), workshop: z.unknown() })
const questionnaireShape = z.strictObject({ ...base, questionnaire: z.unknown(), addedAt: timestamp() })
/** A client's name as the new-client and rename forms check it: the record's own rule. */
export const clientNameSchema = z.pick(clientShape, { name: true })
export type ClientName = z.infer<typeof clientNameSchema>

const brandingShape = z.strictObject({
  ...base,
  name: z.string().check(z.maxLength(200)),
  branding: z.unknown(),
})

/**
 * The envelope's `field` through the domain's own door for what it carries (with its migrations);
 * its problems are placed under the field.
 */
function withContents<E extends { [K in F]: unknown }, F extends string, V>(
  envelope: Result<E>,
  field: F,
  validate: (data: unknown) => Result<V>,
): Result<Omit<E, F> & { [K in F]: V }> {
  return andThen(envelope, (record) => {
    const contents = validate(record[field])
    if (!contents.ok)
      return { ok: false, problems: contents.problems.map((p) => ({ ...p, path: `${field}.${p.path}` })) }
    return { ok: true, value: { ...record, [field]: contents.value } as Omit<E, F> & { [K in F]: V } }
  })
}

const wrongRecordId = (path: string, expected?: string): Result<never> => ({
  ok: false,
  problems: [problemAt(path, expected === undefined ? { code: 'record_id' } : { code: 'record_id', expected })],
})

/**
 * Validates one stored or restored record of a kind: the envelope with its schema, what it carries
 * through the domain's own door for that format (with its migrations). Errors are values.
 */
export function validateRecord<K extends RecordKind>(kind: K, data: unknown): Result<RecordOf[K]> {
  return validators[kind](data) as Result<RecordOf[K]>
}

const validators: { [K in RecordKind]: (data: unknown) => Result<RecordOf[K]> } = {
  clients: (data) => checkSchema(clientShape, data),
  assessments: (data) => withContents(checkSchema(assessmentShape, data), 'response', validateResponse),
  workshops: (data) =>
    andThen(withContents(checkSchema(workshopShape, data), 'workshop', validateWorkshop), (record) =>
      record.workshop.id === record.id ? { ok: true, value: record } : wrongRecordId('workshop.id'),
    ),
  questionnaires: (data) =>
    andThen(withContents(checkSchema(questionnaireShape, data), 'questionnaire', validateQuestionnaire), (record) => {
      const key = questionnaireKey(record.questionnaire.id, record.questionnaire.version)
      return key === record.id ? { ok: true, value: record } : wrongRecordId('id', key)
    }),
  branding: (data) => withContents(checkSchema(brandingShape, data), 'branding', validateBranding),
}

/** Whether a record is live (not deleted). Tombstones stay stored so that deletions merge. */
export function isLive(record: RecordBase): boolean {
  return record.deletedAt === undefined
}

/** The deletion marker: the record keeps its id, loses its place in every list. */
export function tombstone<R extends RecordBase>(record: R, now: Date = new Date()): R {
  const at = now.toISOString()
  return { ...record, deletedAt: at, updatedAt: at }
}
