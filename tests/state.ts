// One reset of everything a test can leave behind in the browser: every zustand store (the persisted
// ones too), local and session storage, and the IndexedDB workspace. tests/setup.ts calls it before
// each test in a browser environment, so no test can forget it or reset only the stores it knows of.
import { IDBFactory } from 'fake-indexeddb'
import type { StoreApi } from 'zustand'
import { useSaveStatus } from '../src/data/save-status.ts'
import { WORKSPACE_DB_NAME } from '../src/data/database.ts'
import { useWorkspaceDatabase } from '../src/data/workspace.ts'
import { useAssessmentStore } from '../src/store/assessment-store.ts'
import { useBrandingStore } from '../src/store/branding-store.ts'
import { useHistoryStore } from '../src/store/history-store.ts'
import { useInvitationStore } from '../src/store/invitation-store.ts'
import { useQuestionnaireStore } from '../src/store/questionnaire-store.ts'
import { useSetAsideStore } from '../src/store/set-aside.ts'
import { useSettingsStore } from '../src/store/settings-store.ts'
import { useWorkshopStore } from '../src/store/workshop-store.ts'

/** Every zustand store of the app; tests/unit/test-state.test.ts fails when a new one is missing here. */
export const ALL_STORES: Record<string, Pick<StoreApi<object>, 'setState' | 'getInitialState'>> = {
  useAssessmentStore,
  useBrandingStore,
  useHistoryStore,
  useInvitationStore,
  useQuestionnaireStore,
  useSaveStatus,
  useSetAsideStore,
  useSettingsStore,
  useWorkshopStore,
}

/** Puts every store back to the state it was created with, empties storage and opens an empty database. */
export async function resetAllState(): Promise<void> {
  // Stores first: the persisted ones write their initial state to storage, which is emptied next.
  for (const store of Object.values(ALL_STORES)) store.setState(store.getInitialState(), true)
  localStorage.clear()
  sessionStorage.clear()
  // A new factory holds no database at all (fake-indexeddb's documented way to wipe everything).
  globalThis.indexedDB = new IDBFactory()
  await useWorkspaceDatabase(WORKSPACE_DB_NAME)
}

/** The versions the questionnaire library holds, sorted: what the settings page lists. */
export function libraryVersions(): string[] {
  return useQuestionnaireStore
    .getState()
    .library.map((q) => q.version)
    .sort()
}
