import { useAssessmentStore, ASSESSMENT_STORAGE_KEY } from './assessment-store.ts'
import { QUESTIONNAIRE_STORAGE_KEY, useQuestionnaireStore } from './questionnaire-store.ts'
import { useSettingsStore } from './settings-store.ts'

/**
 * Keeps every open tab on the same stored state: when another tab saves, this one reloads that
 * state (validated like any stored state) instead of later overwriting it with its own old copy.
 * Returns a function that stops listening.
 */
export function syncAcrossTabs(target: Window = window): () => void {
  const stores: Record<string, { persist: { rehydrate: () => Promise<void> | void } }> = {
    [ASSESSMENT_STORAGE_KEY]: useAssessmentStore,
    [QUESTIONNAIRE_STORAGE_KEY]: useQuestionnaireStore,
    'groundwork.settings': useSettingsStore,
  }
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== target.localStorage || event.key === null) return
    const store = Object.hasOwn(stores, event.key) ? stores[event.key] : undefined
    void store?.persist.rehydrate()
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}
