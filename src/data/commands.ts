import {
  newId,
  carryOverResponse,
  createBackup,
  createResponse,
  planRestore,
  recordsToWrite,
  RECORD_KINDS,
  summarisePlan,
  tombstone,
  type AssessmentRecord,
  type AssessmentResponse,
  type BackupScope,
  type ClientRecord,
  type Questionnaire,
  type RecordKind,
  type RestorePlan,
  type RestoreSummary,
  type WorkspaceBackup,
  type WorkspaceContents,
  sameQuestionnaire,
} from '../domain/index.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { CURRENT_ASSESSMENT, noteOpened, reloadStores } from './start.ts'
import { readAll, readMeta, readRecord, save, writeNow, type Write } from './workspace.ts'

// Commands: what the user does to the workspace, each one transaction. Reads are in `hooks.ts`.

const PERSIST_ASKED = 'persistAsked'

/** A new client (company). The first one asks the browser to keep the workspace even when space runs low. */
export async function createClient(name: string, now: Date = new Date()): Promise<ClientRecord> {
  const at = now.toISOString()
  const client: ClientRecord = { id: newId(), name: name.trim(), createdAt: at, updatedAt: at }
  const asked = await readMeta<boolean>(PERSIST_ASKED)
  await writeNow([{ store: 'clients', value: client }])
  if (!asked) {
    await writeNow([{ store: 'meta', key: PERSIST_ASKED, value: true }])
    // A consultant's year of work must not be evicted under storage pressure; the browser may say no.
    await navigator.storage?.persist?.().catch(() => false)
  }
  return client
}

export async function renameClient(id: string, name: string): Promise<void> {
  const client = await readRecord('clients', id)
  if (client)
    await writeNow([{ store: 'clients', value: { ...client, name: name.trim(), updatedAt: new Date().toISOString() } }])
}

/** Deletes a client with its assessments and workshops (as tombstones, so a restore does not bring them back). */
export async function deleteClient(id: string): Promise<void> {
  const client = await readRecord('clients', id)
  if (!client) return
  const [assessments, workshops] = await Promise.all([
    readAll('assessments', { clientId: id }),
    readAll('workshops', { clientId: id }),
  ])
  const now = new Date()
  await writeNow([
    { store: 'clients', value: tombstone(client, now) },
    ...assessments.map((a) => ({ store: 'assessments' as const, value: tombstone(a, now) })),
    ...workshops.map((w) => ({ store: 'workshops' as const, value: tombstone(w, now) })),
  ])
  const open = useAssessmentStore.getState()
  if (open.clientId === id) open.clear()
  await reloadStores()
}

/** Deletes one assessment (starting over, or from a client's timeline). */
export async function deleteAssessment(id: string): Promise<void> {
  if (useAssessmentStore.getState().response?.id === id) useAssessmentStore.getState().clear()
  const record = await readRecord('assessments', id)
  if (record) await save({ store: 'assessments', value: tombstone(record) })
}

/** Files an assessment under a client (or back to none). */
export async function fileAssessment(id: string, clientId: string | null): Promise<void> {
  const open = useAssessmentStore.getState()
  if (open.response?.id === id) {
    useAssessmentStore.setState({ clientId })
    return
  }
  const record = await readRecord('assessments', id)
  if (record) await save({ store: 'assessments', value: { ...record, clientId, updatedAt: new Date().toISOString() } })
}

/** Opens a kept assessment to work on or to see its report; the one open before stays in the workspace. */
export function openAssessment(record: AssessmentRecord): void {
  noteOpened(record)
  useAssessmentStore.getState().open(record.response, record.clientId, record.lastQuestionId ?? null)
}

/**
 * A new assessment of a client on a questionnaire, prefilled from an earlier one when given: the
 * company details, targets and inventory come along, and the answers as they were (or, on a newer
 * version of the same questionnaire, those its carry-over rules keep). The earlier one is untouched.
 */
export function startAssessment(
  clientId: string | null,
  questionnaire: Questionnaire,
  prefillFrom?: AssessmentResponse,
  now: Date = new Date(),
): AssessmentResponse {
  const fresh = createResponse(questionnaire, newId(), now)
  let response = fresh
  if (prefillFrom) {
    const carried = sameQuestionnaire(prefillFrom.questionnaire, questionnaire)
      ? { ok: true as const, value: { response: prefillFrom } }
      : carryOverResponse(prefillFrom, questionnaire, now)
    if (carried.ok) {
      const { answers, adoption, company, targets } = carried.value.response
      response = {
        ...fresh,
        answers,
        ...(adoption ? { adoption } : {}),
        ...(company ? { company } : {}),
        ...(targets ? { targets } : {}),
      }
    } else if (prefillFrom.company) response = { ...fresh, company: prefillFrom.company }
  }
  useAssessmentStore.getState().open(response, clientId)
  return response
}

/** Everything the workspace holds, deletions included: what a backup and a restore plan read. */
export async function readContents(): Promise<WorkspaceContents> {
  const [clients, assessments, workshops, questionnaires, branding] = await Promise.all(
    RECORD_KINDS.map((kind) => readAll(kind, { includeDeleted: true })),
  )
  return { clients, assessments, workshops, questionnaires, branding } as WorkspaceContents
}

/** A backup of the whole workspace or of one client. */
export async function exportBackup(scope: BackupScope, now: Date = new Date()): Promise<WorkspaceBackup> {
  return createBackup(await readContents(), scope, now)
}

/** What restoring a (validated) backup would change: shown before anything is written. */
export async function planBackupRestore(
  backup: WorkspaceBackup,
): Promise<{ plan: RestorePlan; summary: RestoreSummary }> {
  const plan = planRestore(await readContents(), backup)
  return { plan, summary: summarisePlan(plan) }
}

/** Writes a restore plan in one transaction: all of it, or (on failure) nothing. */
export async function applyRestore(plan: RestorePlan): Promise<void> {
  const records = recordsToWrite(plan)
  const writes: Write[] = RECORD_KINDS.flatMap((kind: RecordKind) =>
    (records[kind] as { id: string }[]).map((value) => ({ store: kind, value })),
  )
  await writeNow(writes)
  const currentId = useAssessmentStore.getState().response?.id ?? (await readMeta<string | null>(CURRENT_ASSESSMENT))
  if (currentId && plan.assessments.replace.some((r) => r.after.id === currentId)) {
    const record = await readRecord('assessments', currentId)
    if (record) openAssessment(record)
    else useAssessmentStore.getState().clear()
  }
  await reloadStores()
}

/** How much the browser lets this origin keep, and how much it uses; null where the browser does not say. */
export async function storageUsage(): Promise<{ usage: number; quota: number; persisted: boolean } | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null)
  if (!estimate || estimate.usage === undefined || estimate.quota === undefined) return null
  const persisted = (await navigator.storage.persisted?.().catch(() => false)) ?? false
  return { usage: estimate.usage, quota: estimate.quota, persisted }
}
