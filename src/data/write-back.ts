import {
  questionnaireKey,
  tombstone,
  type AssessmentRecord,
  type Questionnaire,
  type RecordBase,
} from '../domain/index.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { useBrandingStore } from '../store/branding-store.ts'
import { useHistoryStore } from '../store/history-store.ts'
import { useQuestionnaireStore } from '../store/questionnaire-store.ts'
import { useWorkshopStore } from '../store/workshop-store.ts'
import { onWorkspaceChange } from './changes.ts'
import {
  apply,
  BRANDING_PROFILE,
  CHOSEN_QUESTIONNAIRE,
  CURRENT_ASSESSMENT,
  isApplying,
  isOpened,
  loadHistory,
  noteOpened,
  openedKeptAt,
  workshopClients,
} from './loaded.ts'
import { hasPendingWrite, readAll, readRecord, save, type Write } from './workspace.ts'

function assessmentRecord(state: ReturnType<typeof useAssessmentStore.getState>): AssessmentRecord {
  const { response, clientId, lastQuestionId } = state
  const keptAt = openedKeptAt(response!.id)
  return {
    id: response!.id,
    clientId,
    response: response!,
    ...(lastQuestionId ? { lastQuestionId } : {}),
    ...(keptAt ? { keptAt } : {}),
    updatedAt: new Date().toISOString(),
  }
}

/**
 * Writes every change the screens make back to the workspace and follows other tabs' writes.
 * Returns a function that stops both (tests bind and unbind around a case).
 */
export function bindStores(): () => void {
  const stops = [...writeChangesBack(), followOtherTabs()]
  return () => stops.forEach((stop) => stop())
}

/**
 * What changed in a list the screens edit: each item that is new or changed (a new object: the
 * stores never change one in place) written as its record, each item gone written as a tombstone.
 */
function collectionWrites<T extends { id: string }>(
  previous: readonly T[],
  next: readonly T[],
  store: 'assessments' | 'workshops',
  toRecord: (item: T) => RecordBase,
): Write[] {
  const writes: Write[] = next
    .filter((item) => !previous.includes(item))
    .map((item) => ({ store, value: toRecord(item) }))
  const remaining = new Set(next.map((item) => item.id))
  const now = new Date()
  for (const item of previous)
    if (!remaining.has(item.id)) writes.push({ store, value: tombstone(toRecord(item), now) })
  return writes
}

function writeChangesBack(): (() => void)[] {
  const assessment = useAssessmentStore.subscribe((next, previous) => {
    if (isApplying()) return
    const writes: Write[] = []
    const switched = next.response?.id !== previous.response?.id
    const justOpened = switched && next.response !== null && isOpened(next.response.id)
    if (
      next.response &&
      !justOpened &&
      (next.response !== previous.response ||
        next.lastQuestionId !== previous.lastQuestionId ||
        next.clientId !== previous.clientId)
    )
      writes.push({ store: 'assessments', value: assessmentRecord(next) })
    if (switched) writes.push({ store: 'meta', key: CURRENT_ASSESSMENT, value: next.response?.id ?? null })
    if (writes.length > 0) void save(...writes)
    if (switched || next.clientId !== previous.clientId) void loadHistory(next.clientId)
  })

  const history = useHistoryStore.subscribe((next, previous) => {
    if (isApplying()) return
    const clientId = useAssessmentStore.getState().clientId
    const writes = collectionWrites(previous.entries, next.entries, 'assessments', (entry) => ({
      id: entry.id,
      clientId: entry.clientId ?? clientId,
      response: entry.response,
      keptAt: entry.keptAt,
      updatedAt: entry.keptAt,
    }))
    if (writes.length > 0) void save(...writes)
  })

  const workshops = useWorkshopStore.subscribe((next, previous) => {
    if (isApplying()) return
    const writes = collectionWrites(previous.workshops, next.workshops, 'workshops', (workshop) => ({
      id: workshop.id,
      clientId: workshopClients.get(workshop.id) ?? null,
      workshop,
      updatedAt: workshop.updatedAt,
    }))
    if (writes.length > 0) void save(...writes)
  })

  const library = useQuestionnaireStore.subscribe((next, previous) => {
    if (isApplying()) return
    const now = new Date().toISOString()
    const writes: Write[] = next.library
      .filter((q) => !previous.library.includes(q))
      .map((questionnaire: Questionnaire) => ({
        store: 'questionnaires' as const,
        value: {
          id: questionnaireKey(questionnaire.id, questionnaire.version),
          questionnaire,
          addedAt: now,
          updatedAt: now,
        },
      }))
    if (next.custom !== previous.custom)
      writes.push({
        store: 'meta',
        key: CHOSEN_QUESTIONNAIRE,
        value: next.custom ? questionnaireKey(next.custom.id, next.custom.version) : null,
      })
    if (writes.length > 0) void save(...writes)
  })

  const branding = useBrandingStore.subscribe((next, previous) => {
    if (isApplying() || next.branding === previous.branding) return
    void save({
      store: 'branding',
      value: { id: BRANDING_PROFILE, name: '', branding: next.branding, updatedAt: new Date().toISOString() },
    })
  })
  return [assessment, history, workshops, library, branding]
}

/** Another tab wrote: take its version of what this tab shows, unless this tab has a newer change queued. */
function followOtherTabs(): () => void {
  return onWorkspaceChange((change, fromOtherTab) => {
    if (!fromOtherTab) return
    void (async () => {
      switch (change.store) {
        case 'assessments': {
          const state = useAssessmentStore.getState()
          const currentId = state.response?.id
          if (currentId && change.ids.includes(currentId) && !hasPendingWrite('assessments', currentId)) {
            const record = await readRecord('assessments', currentId)
            apply(() => {
              if (record) noteOpened(record)
              if (record) state.open(record.response, record.clientId, record.lastQuestionId ?? null)
              else useAssessmentStore.setState({ response: null, lastQuestionId: null, clientId: null })
            })
          }
          await loadHistory(useAssessmentStore.getState().clientId)
          break
        }
        case 'workshops': {
          const records = await Promise.all(
            change.ids.map(async (id) => ({ id, record: await readRecord('workshops', id) })),
          )
          apply(() =>
            useWorkshopStore.setState((s) => {
              let workshops = s.workshops
              for (const { id, record } of records) {
                if (hasPendingWrite('workshops', id)) continue
                if (record) workshopClients.set(id, record.clientId)
                const without = workshops.filter((w) => w.id !== id)
                const index = workshops.findIndex((w) => w.id === id)
                workshops = !record
                  ? without
                  : index >= 0
                    ? workshops.map((w) => (w.id === id ? record.workshop : w))
                    : [record.workshop, ...workshops]
              }
              return { workshops }
            }),
          )
          break
        }
        case 'questionnaires': {
          const library = await readAll('questionnaires')
          apply(() =>
            useQuestionnaireStore.setState({
              library: library.sort((a, b) => b.addedAt.localeCompare(a.addedAt)).map((r) => r.questionnaire),
            }),
          )
          break
        }
        case 'branding': {
          const record = await readRecord('branding', BRANDING_PROFILE)
          apply(() => useBrandingStore.setState({ branding: record?.branding ?? {} }))
          break
        }
        default:
      }
    })()
  })
}

/** Files a workshop under a client (or none). */
export async function fileWorkshop(workshopId: string, clientId: string | null): Promise<void> {
  workshopClients.set(workshopId, clientId)
  const record = await readRecord('workshops', workshopId)
  if (record) await save({ store: 'workshops', value: { ...record, clientId, updatedAt: new Date().toISOString() } })
}

/** The client a workshop is filed under. */
export function workshopClient(workshopId: string): string | null {
  return workshopClients.get(workshopId) ?? null
}
