import { questionnaireKey, type Questionnaire, type QuestionnaireRecord } from '../domain/index.ts'
import { useQuestionnaireStore } from '../store/questionnaire-store.ts'
import { announce } from './changes.ts'
import { apply } from './loaded.ts'
import { forgetPending, save, workspaceDatabase } from './workspace.ts'

/**
 * A questionnaire being edited, kept as the user types so a reload or a closed tab loses nothing.
 * Unfinished by nature (a text still empty, a number half typed), so it is not a library record and
 * not in backups; what it holds is checked for its shape when the editor opens it.
 */
export interface DraftRecord {
  /** One draft per questionnaire version it started from: `questionnaireKey(id, version)` of that source. */
  id: string
  /** The questionnaire as edited: shaped like one, not necessarily valid. */
  questionnaire: unknown
  createdAt: string
  updatedAt: string
}

function isDraft(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false
  const draft = value as Record<string, unknown>
  return (
    typeof draft.id === 'string' &&
    typeof draft.createdAt === 'string' &&
    typeof draft.updatedAt === 'string' &&
    typeof draft.questionnaire === 'object' &&
    draft.questionnaire !== null
  )
}

/** The draft started from a questionnaire version; undefined when there is none (or it is not a draft). */
export async function readDraft(id: string): Promise<DraftRecord | undefined> {
  const db = await workspaceDatabase()
  const raw = await db.get('drafts', id)
  return isDraft(raw) ? raw : undefined
}

/** Keeps the draft (autosave): queued like every change, retried while the browser refuses. */
export function putDraft(draft: DraftRecord): Promise<void> {
  return save({ store: 'drafts', value: draft })
}

/** Throws the draft away (the user starts again from the questionnaire it came from). */
export async function deleteDraft(id: string): Promise<void> {
  forgetPending('drafts', id)
  const db = await workspaceDatabase()
  await db.delete('drafts', id)
  announce([{ store: 'drafts', ids: [id] }])
}

export type SaveVersionOutcome = { ok: true } | { ok: false; reason: 'exists' }

/**
 * Adds a (validated) questionnaire to the library as a new version and removes the draft it came
 * from, in one transaction. An id@version the library already holds is never overwritten.
 */
export async function saveQuestionnaireVersion(
  questionnaire: Questionnaire,
  draftId: string | null,
  now: Date = new Date(),
): Promise<SaveVersionOutcome> {
  const key = questionnaireKey(questionnaire.id, questionnaire.version)
  if (draftId) forgetPending('drafts', draftId)
  const db = await workspaceDatabase()
  const tx = db.transaction(['questionnaires', 'drafts'], 'readwrite')
  const existing = (await tx.objectStore('questionnaires').get(key)) as { deletedAt?: string } | undefined
  if (existing && !existing.deletedAt) {
    tx.abort()
    await tx.done.catch(() => undefined)
    return { ok: false, reason: 'exists' }
  }
  const at = now.toISOString()
  const record: QuestionnaireRecord = { id: key, questionnaire, addedAt: at, updatedAt: at }
  await tx.objectStore('questionnaires').put(record)
  if (draftId) await tx.objectStore('drafts').delete(draftId)
  await tx.done
  announce([
    { store: 'questionnaires', ids: [key] },
    ...(draftId ? [{ store: 'drafts' as const, ids: [draftId] }] : []),
  ])
  // Already written: the library shows it without writing it again.
  apply(() => useQuestionnaireStore.setState((s) => ({ library: [questionnaire, ...s.library] })))
  return { ok: true }
}
