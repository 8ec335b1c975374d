import type { AssessmentRecord, WorkshopRecord } from '../domain/index.ts'
import { useHistoryStore, type HistoryEntry } from '../store/history-store.ts'
import { useWorkshopStore } from '../store/workshop-store.ts'
import { readAll, readRecord, unfiledIds } from './workspace.ts'

// State the loading and the writing back share.

export const CURRENT_ASSESSMENT = 'currentAssessment'
export const CHOSEN_QUESTIONNAIRE = 'chosenQuestionnaire'
export const BRANDING_PROFILE = 'default'

// Which client each workshop is filed under: kept beside the store, which holds the workshop files.
export const workshopClients = new Map<string, string | null>()

// While the data module puts what the database holds into a store, that change must not be written back.
let applying = false
export function isApplying(): boolean {
  return applying
}
export function apply(change: () => void): void {
  applying = true
  try {
    change()
  } finally {
    applying = false
  }
}

// The stored record the open assessment came from: opening one writes only which one is open (its
// `updatedAt` stays, so a restore still knows which version is newer), and a kept snapshot stays kept.
let opened: { id: string; keptAt?: string | undefined } | null = null

/** Called before the store opens a stored assessment. */
export function noteOpened(record: AssessmentRecord): void {
  opened = { id: record.id, keptAt: record.keptAt }
}

/** Whether this is the stored assessment just opened (not a new one that must be written). */
export function isOpened(id: string): boolean {
  return opened?.id === id
}

/** When the open assessment was kept as a snapshot (undefined: it is not one). */
export function openedKeptAt(id: string): string | undefined {
  return opened?.id === id ? opened.keptAt : undefined
}

export function putWorkshops(records: WorkshopRecord[]): void {
  for (const record of records) workshopClients.set(record.id, record.clientId)
  const workshops = records.map((r) => r.workshop).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  apply(() => useWorkshopStore.setState({ workshops }))
}

/** The kept snapshots of the open assessment's client (or of the owner's own, without a client). */
export async function loadHistory(clientId: string | null): Promise<void> {
  const records = clientId ? await readAll('assessments', { clientId }) : await readUnfiledAssessments()
  const entries: HistoryEntry[] = records
    .filter((r) => r.keptAt !== undefined && r.clientId === clientId)
    .map((r) => ({ id: r.id, keptAt: r.keptAt!, response: r.response, clientId: r.clientId }))
    .sort((a, b) => b.keptAt.localeCompare(a.keptAt))
  apply(() => useHistoryStore.setState({ entries }))
}

/** The assessments filed under no client: found by keys, so a consultant's many others are not read. */
async function readUnfiledAssessments(): Promise<AssessmentRecord[]> {
  const records = await Promise.all((await unfiledIds('assessments')).map((id) => readRecord('assessments', id)))
  return records.filter((record) => record !== undefined)
}
