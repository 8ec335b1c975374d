import { migrateFormat, type Migration } from '../format-migration.ts'
import { checkSchema, parseJsonWith, problemAt, type Result, type ValidationProblem } from '../validation.ts'
import { z } from '../zod.ts'
import {
  isLive,
  questionnaireKey,
  RECORD_KINDS,
  validateRecord,
  type AssessmentRecord,
  type BrandingRecord,
  type ClientRecord,
  type QuestionnaireRecord,
  type RecordBase,
  type RecordKind,
  type RecordOf,
  type WorkshopRecord,
} from './records.ts'

export const WORKSPACE_BACKUP_FORMAT = 'groundwork-workspace'
export const WORKSPACE_BACKUP_FORMAT_VERSION = 1
/** Far above any real workspace, low enough that a hostile file cannot make validation run for minutes. */
export const MAX_BACKUP_RECORDS_PER_KIND = 100_000

/** Every record of a workspace, or of the part a backup holds, by kind. */
export interface WorkspaceContents {
  clients: ClientRecord[]
  assessments: AssessmentRecord[]
  workshops: WorkshopRecord[]
  questionnaires: QuestionnaireRecord[]
  branding: BrandingRecord[]
}

export type BackupScope = { kind: 'all' } | { kind: 'client'; clientId: string; clientName: string }

/** A workspace backup file: everything, or one client with what belongs to it. */
export interface WorkspaceBackup extends WorkspaceContents {
  format: typeof WORKSPACE_BACKUP_FORMAT
  formatVersion: typeof WORKSPACE_BACKUP_FORMAT_VERSION
  exportedAt: string
  scope: BackupScope
}

export function emptyContents(): WorkspaceContents {
  return { clients: [], assessments: [], workshops: [], questionnaires: [], branding: [] }
}

/**
 * The backup of a workspace. A full backup keeps tombstones, so that a deletion reaches the workspace
 * it is restored into. A client backup holds the client, its live assessments and workshops and the
 * questionnaires they answer; no branding, and no other tombstone than the client's own.
 */
export function createBackup(contents: WorkspaceContents, scope: BackupScope, now: Date = new Date()): WorkspaceBackup {
  const envelope: Omit<WorkspaceBackup, keyof WorkspaceContents> = {
    format: WORKSPACE_BACKUP_FORMAT,
    formatVersion: WORKSPACE_BACKUP_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    scope,
  }
  if (scope.kind === 'all')
    return {
      ...envelope,
      clients: [...contents.clients],
      assessments: [...contents.assessments],
      workshops: [...contents.workshops],
      questionnaires: [...contents.questionnaires],
      branding: [...contents.branding],
    }
  const ofClient = (record: { clientId: string | null } & RecordBase) =>
    record.clientId === scope.clientId && isLive(record)
  const assessments = contents.assessments.filter(ofClient)
  const workshops = contents.workshops.filter(ofClient)
  const used = new Set([
    ...assessments.map(({ response }) => questionnaireKey(response.questionnaire.id, response.questionnaire.version)),
    ...workshops.map(({ workshop }) => questionnaireKey(workshop.questionnaire.id, workshop.questionnaire.version)),
  ])
  return {
    ...envelope,
    clients: contents.clients.filter((client) => client.id === scope.clientId),
    assessments,
    workshops,
    questionnaires: contents.questionnaires.filter((record) => used.has(record.id) && isLive(record)),
    branding: [],
  }
}

/**
 * Upgrades from backup format version N to N + 1, keyed by N. Version 1 is the first; add an entry
 * with each new version. (The records inside carry their own formats and migrations.)
 */
const migrations: Record<number, Migration> = {}

/** Brings a backup of any known format version to the current one; a foreign file gets one problem. */
export function migrateBackup(
  data: unknown,
  steps: Record<number, Migration> = migrations,
  currentVersion: number = WORKSPACE_BACKUP_FORMAT_VERSION,
): Result<Record<string, unknown>> {
  return migrateFormat(data, {
    format: WORKSPACE_BACKUP_FORMAT,
    currentVersion,
    steps,
  })
}

const timestamp = () => z.iso.datetime({ offset: true, error: 'must be an ISO date-time' })
// The records are only counted here: each is validated on its own below, so every problem is found.
const records = () =>
  z.array(z.unknown()).check(z.maxLength(MAX_BACKUP_RECORDS_PER_KIND, 'must hold at most 100,000 records'))

const envelopeSchema = z.strictObject({
  format: z.literal(WORKSPACE_BACKUP_FORMAT),
  formatVersion: z.literal(WORKSPACE_BACKUP_FORMAT_VERSION),
  exportedAt: timestamp(),
  scope: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('all') }),
    z.strictObject({
      kind: z.literal('client'),
      clientId: z.string().check(z.minLength(1), z.maxLength(200)),
      clientName: z.string().check(z.maxLength(200)),
    }),
  ]),
  clients: records(),
  assessments: records(),
  workshops: records(),
  questionnaires: records(),
  branding: records(),
})

function placed(place: string, problem: ValidationProblem): ValidationProblem {
  const { path } = problem
  if (path === '(root)') return { ...problem, path: place }
  return { ...problem, path: path.startsWith('[') ? `${place}${path}` : `${place}.${path}` }
}

/** Validates every record of one kind, adding each problem at its place; keeps the valid ones. */
function validateKind<K extends RecordKind>(kind: K, items: unknown, problems: ValidationProblem[]): RecordOf[K][] {
  // A missing or oversized list is the envelope's problem, already reported.
  if (!Array.isArray(items) || items.length > MAX_BACKUP_RECORDS_PER_KIND) return []
  const valid: RecordOf[K][] = []
  const firstIndexById = new Map<string, number>()
  items.forEach((item: unknown, index) => {
    const place = `${kind}[${index}]`
    const result = validateRecord(kind, item)
    if (!result.ok) {
      problems.push(...result.problems.map((problem) => placed(place, problem)))
      return
    }
    const { id } = result.value
    const first = firstIndexById.get(id)
    if (first !== undefined)
      problems.push(problemAt(`${place}.id`, { code: 'duplicate_record', id, first: `${kind}[${first}]` }))
    else firstIndexById.set(id, index)
    valid.push(result.value)
  })
  return valid
}

/**
 * Migrates and validates a parsed backup: the envelope, then every record through its own door.
 * All problems are collected; the backup is returned only when there are none, so that a broken
 * file restores nothing at all.
 */
export function validateBackup(data: unknown): Result<WorkspaceBackup> {
  const migrated = migrateBackup(data)
  if (!migrated.ok) return migrated
  const envelope = checkSchema(envelopeSchema, migrated.value)
  const problems = envelope.ok ? [] : [...envelope.problems]
  const { value } = migrated
  const contents: WorkspaceContents = {
    clients: validateKind('clients', value.clients, problems),
    assessments: validateKind('assessments', value.assessments, problems),
    workshops: validateKind('workshops', value.workshops, problems),
    questionnaires: validateKind('questionnaires', value.questionnaires, problems),
    branding: validateKind('branding', value.branding, problems),
  }
  if (!envelope.ok || problems.length > 0) return { ok: false, problems }
  const { format, formatVersion, exportedAt, scope } = envelope.value
  return { ok: true, value: { format, formatVersion, exportedAt, scope, ...contents } }
}

/** Parses backup JSON text; syntax, format and record problems alike come back as a list. */
export function parseBackup(text: string): Result<WorkspaceBackup> {
  return parseJsonWith(text, validateBackup)
}

/** A record the restore overwrites: what is stored now, and the backup's newer version. */
export interface Replacement<R> {
  before: R
  after: R
}

/** What restoring does to one kind of record. */
export interface KindPlan<R> {
  /** Records with ids not in the workspace (tombstones too, so the deletion is remembered). */
  add: R[]
  /** Records whose backup version is strictly newer by `updatedAt`: a newer tombstone deletes. */
  replace: Replacement<R>[]
  /** How many of the backup's records the workspace already has in the same or a newer version. */
  keep: number
}

export type RestorePlan = { [K in RecordKind]: KindPlan<RecordOf[K]> }

/** Newer wins: strictly later `updatedAt`, compared as instants (offsets may differ). */
function isNewer(record: RecordBase, than: RecordBase): boolean {
  return Date.parse(record.updatedAt) > Date.parse(than.updatedAt)
}

/** One record per id, the newest; a valid backup has no duplicates, but this must not depend on it. */
function newestById<R extends RecordBase>(records: readonly R[]): Map<string, R> {
  const byId = new Map<string, R>()
  for (const record of records) {
    const seen = byId.get(record.id)
    if (!seen || isNewer(record, seen)) byId.set(record.id, record)
  }
  return byId
}

function planKind<R extends RecordBase>(current: readonly R[], incoming: readonly R[]): KindPlan<R> {
  const stored = newestById(current)
  const plan: KindPlan<R> = { add: [], replace: [], keep: 0 }
  for (const record of newestById(incoming).values()) {
    const before = stored.get(record.id)
    if (!before) plan.add.push(record)
    else if (isNewer(record, before)) plan.replace.push({ before, after: record })
    else plan.keep += 1
  }
  return plan
}

/**
 * Plans restoring a backup into the workspace, merging by id: new ids are added, a record is replaced
 * only by a strictly newer version, and nothing is duplicated. Deletions travel as tombstones, so a
 * newer deletion removes the stored record and a newer stored deletion keeps an old record away.
 */
export function planRestore(current: WorkspaceContents, incoming: WorkspaceContents): RestorePlan {
  return {
    clients: planKind(current.clients, incoming.clients),
    assessments: planKind(current.assessments, incoming.assessments),
    workshops: planKind(current.workshops, incoming.workshops),
    questionnaires: planKind(current.questionnaires, incoming.questionnaires),
    branding: planKind(current.branding, incoming.branding),
  }
}

function writesOf<R>(plan: KindPlan<R>): R[] {
  return [...plan.replace.map(({ after }) => after), ...plan.add]
}

/** The records a restore writes, by kind: everything added or replaced. */
export function recordsToWrite(plan: RestorePlan): WorkspaceContents {
  return {
    clients: writesOf(plan.clients),
    assessments: writesOf(plan.assessments),
    workshops: writesOf(plan.workshops),
    questionnaires: writesOf(plan.questionnaires),
    branding: writesOf(plan.branding),
  }
}

function applyKind<R extends RecordBase>(current: readonly R[], plan: KindPlan<R>): R[] {
  const byId = new Map(current.map((record) => [record.id, record]))
  for (const record of writesOf(plan)) byId.set(record.id, record)
  return [...byId.values()]
}

/** What the workspace holds after the restore (tombstones included): stored order, added records last. */
export function applyPlan(current: WorkspaceContents, plan: RestorePlan): WorkspaceContents {
  return {
    clients: applyKind(current.clients, plan.clients),
    assessments: applyKind(current.assessments, plan.assessments),
    workshops: applyKind(current.workshops, plan.workshops),
    questionnaires: applyKind(current.questionnaires, plan.questionnaires),
    branding: applyKind(current.branding, plan.branding),
  }
}

/** What a person sees change: a record added (or back), replaced, deleted, or nothing visible. */
export type RestoreChange = 'added' | 'replaced' | 'deleted' | 'unchanged'
export type KindSummary = Record<RestoreChange, number>

export interface RestoreSummary {
  /** Per kind; the four counts add up to the number of the backup's records of that kind. */
  kinds: Record<RecordKind, KindSummary>
  /** Client names for the confirmation: "adds 3 clients (Müller GmbH, …), replaces 1". */
  clientNames: Record<Exclude<RestoreChange, 'unchanged'>, string[]>
  changesNothing: boolean
}

function changeOf(before: RecordBase | undefined, after: RecordBase): RestoreChange {
  const wasLive = before !== undefined && isLive(before)
  if (isLive(after)) return wasLive ? 'replaced' : 'added'
  return wasLive ? 'deleted' : 'unchanged'
}

function changesOf<R extends RecordBase>(plan: KindPlan<R>): { change: RestoreChange; record: R }[] {
  return [
    ...plan.add.map((record) => ({ change: changeOf(undefined, record), record })),
    ...plan.replace.map(({ before, after }) => ({
      change: changeOf(before, after),
      record: isLive(after) ? after : before,
    })),
  ]
}

/** Counts what a restore plan changes, as the confirmation dialog shows it before anything is written. */
export function summarisePlan(plan: RestorePlan): RestoreSummary {
  const kinds = {} as Record<RecordKind, KindSummary>
  for (const kind of RECORD_KINDS) {
    const summary: KindSummary = { added: 0, replaced: 0, deleted: 0, unchanged: plan[kind].keep }
    for (const { change } of changesOf<RecordBase>(plan[kind])) summary[change] += 1
    kinds[kind] = summary
  }
  const clientNames: RestoreSummary['clientNames'] = { added: [], replaced: [], deleted: [] }
  for (const { change, record } of changesOf(plan.clients))
    if (change !== 'unchanged') clientNames[change].push(record.name)
  const changesNothing = RECORD_KINDS.every(
    (kind) => kinds[kind].added + kinds[kind].replaced + kinds[kind].deleted === 0,
  )
  return { kinds, clientNames, changesNothing }
}
