import type { AssessmentRecord, Questionnaire, WorkshopRecord } from '../domain/index.ts'
import { questionnaireKey } from '../domain/index.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { useBrandingStore } from '../store/branding-store.ts'
import { useHistoryStore, type HistoryEntry } from '../store/history-store.ts'
import { useQuestionnaireStore } from '../store/questionnaire-store.ts'
import { useSetAsideStore } from '../store/set-aside.ts'
import { useWorkshopStore } from '../store/workshop-store.ts'
import { onWorkspaceChange } from './changes.ts'
import { migrateLegacyStorage } from './legacy.ts'
import { useSaveStatus } from './save-status.ts'
import { hasPendingWrite, readAll, readMeta, readRecord, readSetAside, save, type Write } from './workspace.ts'

export const CURRENT_ASSESSMENT = 'currentAssessment'
export const CHOSEN_QUESTIONNAIRE = 'chosenQuestionnaire'
const BRANDING_PROFILE = 'default'

// Which client each workshop is filed under: kept beside the store, which holds the workshop files.
const workshopClients = new Map<string, string | null>()
// While this module puts what the database holds into a store, that change must not be written back.
let applying = false
function apply(change: () => void): void {
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

let started: Promise<void> | undefined

/**
 * Opens the workspace: moves an earlier version's local storage across, puts what the user keeps
 * into the screens' stores, then writes every change the screens make back — one record per change —
 * and follows what other tabs write. Runs once; the app shows its pages when it resolves.
 */
export function startWorkspace(): Promise<void> {
  started ??= (async () => {
    try {
      await migrateLegacyStorage()
    } catch (error) {
      // The old keys stay where they were; the next start tries again.
      useSaveStatus.setState({
        failure: { reason: 'unavailable', detail: String(error), at: new Date().toISOString() },
      })
    }
    try {
      await loadIntoStores()
    } catch (error) {
      // No database (blocked, or a browser without one): the app still works in this window, and
      // the first save shows the failure with a download instead of losing answers quietly.
      useSaveStatus.setState({
        failure: { reason: 'unavailable', detail: String(error), at: new Date().toISOString() },
      })
    }
    bindStores()
  })()
  return started
}

async function loadIntoStores(): Promise<void> {
  const [currentId, chosen, library, workshops, branding, setAside] = await Promise.all([
    readMeta<string | null>(CURRENT_ASSESSMENT),
    readMeta<string | null>(CHOSEN_QUESTIONNAIRE),
    readAll('questionnaires'),
    readAll('workshops'),
    readRecord('branding', BRANDING_PROFILE),
    readSetAside(),
  ])
  const current = currentId ? await readRecord('assessments', currentId) : undefined
  const questionnaires = library.sort((a, b) => b.addedAt.localeCompare(a.addedAt)).map((r) => r.questionnaire)
  apply(() => {
    useQuestionnaireStore.setState({
      library: questionnaires,
      custom: questionnaires.find((q) => questionnaireKey(q.id, q.version) === chosen) ?? null,
    })
    if (current) {
      noteOpened(current)
      useAssessmentStore.getState().open(current.response, current.clientId, current.lastQuestionId ?? null)
    }
    putWorkshops(workshops)
    useBrandingStore.setState({ branding: branding?.branding ?? {} })
    useSetAsideStore.setState((s) => ({
      items: [
        ...s.items.filter((item) => !setAside.some((stored) => stored.id === item.id)),
        ...setAside.map(({ id, source, raw, problems, at }) => ({ id, key: source, raw, problems, at })),
      ],
    }))
  })
  await loadHistory(current?.clientId ?? null)
}

/** Puts the workspace's library, workshops, branding and snapshots into the stores again (after a restore). */
export async function reloadStores(): Promise<void> {
  const [library, workshops, branding] = await Promise.all([
    readAll('questionnaires'),
    readAll('workshops'),
    readRecord('branding', BRANDING_PROFILE),
  ])
  apply(() => {
    useQuestionnaireStore.setState({
      library: library.sort((a, b) => b.addedAt.localeCompare(a.addedAt)).map((r) => r.questionnaire),
    })
    putWorkshops(workshops)
    useBrandingStore.setState({ branding: branding?.branding ?? {} })
  })
  await loadHistory(useAssessmentStore.getState().clientId)
}

function putWorkshops(records: WorkshopRecord[]): void {
  for (const record of records) workshopClients.set(record.id, record.clientId)
  const workshops = records.map((r) => r.workshop).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  useWorkshopStore.setState({ workshops })
}

/** The kept snapshots of the open assessment's client (or of the owner's own, without a client). */
async function loadHistory(clientId: string | null): Promise<void> {
  const records = clientId ? await readAll('assessments', { clientId }) : await readAll('assessments')
  const entries: HistoryEntry[] = records
    .filter((r) => r.keptAt !== undefined && r.clientId === clientId)
    .map((r) => ({ id: r.id, keptAt: r.keptAt!, response: r.response, clientId: r.clientId }))
    .sort((a, b) => b.keptAt.localeCompare(a.keptAt))
  apply(() => useHistoryStore.setState({ entries }))
}

function assessmentRecord(state: ReturnType<typeof useAssessmentStore.getState>): AssessmentRecord {
  const { response, clientId, lastQuestionId } = state
  const keptAt = opened?.id === response!.id ? opened.keptAt : undefined
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

function writeChangesBack(): (() => void)[] {
  const assessment = useAssessmentStore.subscribe((next, previous) => {
    if (applying) return
    const writes: Write[] = []
    const switched = next.response?.id !== previous.response?.id
    const justOpened = switched && next.response !== null && opened?.id === next.response.id
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
    if (applying) return
    const clientId = useAssessmentStore.getState().clientId
    const writes: Write[] = []
    for (const entry of next.entries)
      if (!previous.entries.includes(entry))
        writes.push({
          store: 'assessments',
          value: {
            id: entry.id,
            clientId: entry.clientId ?? clientId,
            response: entry.response,
            keptAt: entry.keptAt,
            updatedAt: entry.keptAt,
          },
        })
    const now = new Date().toISOString()
    for (const entry of previous.entries)
      if (!next.entries.some((e) => e.id === entry.id))
        writes.push({
          store: 'assessments',
          value: {
            id: entry.id,
            clientId: entry.clientId ?? clientId,
            response: entry.response,
            keptAt: entry.keptAt,
            updatedAt: now,
            deletedAt: now,
          },
        })
    if (writes.length > 0) void save(...writes)
  })

  const workshops = useWorkshopStore.subscribe((next, previous) => {
    if (applying) return
    const writes: Write[] = []
    for (const workshop of next.workshops)
      if (!previous.workshops.includes(workshop))
        writes.push({
          store: 'workshops',
          value: {
            id: workshop.id,
            clientId: workshopClients.get(workshop.id) ?? null,
            workshop,
            updatedAt: workshop.updatedAt,
          },
        })
    const now = new Date().toISOString()
    for (const workshop of previous.workshops)
      if (!next.workshops.some((w) => w.id === workshop.id))
        writes.push({
          store: 'workshops',
          value: {
            id: workshop.id,
            clientId: workshopClients.get(workshop.id) ?? null,
            workshop,
            updatedAt: now,
            deletedAt: now,
          },
        })
    if (writes.length > 0) void save(...writes)
  })

  const library = useQuestionnaireStore.subscribe((next, previous) => {
    if (applying) return
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
    if (applying || next.branding === previous.branding) return
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

/** Files a workshop under a client (or none); written with the workshop's next save and now. */
export function fileWorkshop(workshopId: string, clientId: string | null): Promise<void> {
  workshopClients.set(workshopId, clientId)
  const workshop = useWorkshopStore.getState().workshops.find((w) => w.id === workshopId)
  if (!workshop) return Promise.resolve()
  return save({
    store: 'workshops',
    value: { id: workshop.id, clientId, workshop, updatedAt: new Date().toISOString() },
  })
}

/** The client a workshop is filed under. */
export function workshopClient(workshopId: string): string | null {
  return workshopClients.get(workshopId) ?? null
}
