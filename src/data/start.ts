import { questionnaireKey } from '../domain/index.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { useBrandingStore } from '../store/branding-store.ts'
import { useQuestionnaireStore } from '../store/questionnaire-store.ts'
import { useSetAsideStore } from '../store/set-aside.ts'
import { migrateLegacyStorage } from './legacy.ts'
import {
  apply,
  BRANDING_PROFILE,
  CHOSEN_QUESTIONNAIRE,
  CURRENT_ASSESSMENT,
  loadHistory,
  noteOpened,
  putWorkshops,
} from './loaded.ts'
import { setWorkshopsLoader } from './ready.tsx'
import { useSaveStatus } from './save-status.ts'
import { readAll, readMeta, readRecord, readSetAside } from './workspace.ts'
import { bindStores } from './write-back.ts'

export { bindStores, CURRENT_ASSESSMENT, noteOpened }

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
    // Workshops (a year of them: thousands of answers) are read when a workshop page first needs them.
    setWorkshopsLoader(loadWorkshops)
  })()
  return started
}

let workshopsLoaded: Promise<void> | undefined

function loadWorkshops(): Promise<void> {
  workshopsLoaded ??= readAll('workshops').then(putWorkshops)
  return workshopsLoaded
}

async function loadIntoStores(): Promise<void> {
  const [currentId, chosen, library, branding, setAside] = await Promise.all([
    readMeta<string | null>(CURRENT_ASSESSMENT),
    readMeta<string | null>(CHOSEN_QUESTIONNAIRE),
    readAll('questionnaires'),
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
  const [library, branding] = await Promise.all([readAll('questionnaires'), readRecord('branding', BRANDING_PROFILE)])
  apply(() => {
    useQuestionnaireStore.setState({
      library: library.sort((a, b) => b.addedAt.localeCompare(a.addedAt)).map((r) => r.questionnaire),
    })
    useBrandingStore.setState({ branding: branding?.branding ?? {} })
  })
  if (workshopsLoaded) putWorkshops(await readAll('workshops'))
  await loadHistory(useAssessmentStore.getState().clientId)
}
