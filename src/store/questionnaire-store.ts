import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { validateQuestionnaire, type Questionnaire } from '../domain/index.ts'
import { setAside } from './set-aside.ts'
import { versionedStorage } from './versioned-storage.ts'

export const QUESTIONNAIRE_STORAGE_KEY = 'groundwork.questionnaire'

interface QuestionnaireState {
  /** A questionnaire a consultant loaded; null means the embedded default. */
  custom: Questionnaire | null
  /** Only ever called with a questionnaire that passed validation. */
  useCustom: (questionnaire: Questionnaire) => void
  useDefault: () => void
}

export const useQuestionnaireStore = create<QuestionnaireState>()(
  persist(
    (set) => ({
      custom: null,
      useCustom: (questionnaire) => set({ custom: questionnaire }),
      useDefault: () => set({ custom: null }),
    }),
    {
      ...versionedStorage(QUESTIONNAIRE_STORAGE_KEY, 1),
      partialize: ({ custom }) => ({ custom }),
      merge: (persisted, current) => {
        const custom = (persisted as { custom?: unknown } | undefined)?.custom
        if (custom == null) return current
        const checked = validateQuestionnaire(custom)
        if (!checked.ok) {
          setAside(QUESTIONNAIRE_STORAGE_KEY, persisted, checked.problems)
          return current
        }
        return { ...current, custom: checked.value }
      },
    },
  ),
)

let defaultQuestionnaire: Promise<Questionnaire> | undefined

/**
 * The embedded default questionnaire, loaded on first use. In the built app it is a JSON file
 * fetched from the app's own origin (and precached for offline use): data, not JavaScript, so it
 * costs the phone a JSON parse instead of a script compile. Tests import it directly.
 * It is validated like any other questionnaire: a broken build fails loudly.
 */
export function loadDefaultQuestionnaire(): Promise<Questionnaire> {
  defaultQuestionnaire ??= readDefault().then((data) => {
    const checked = validateQuestionnaire(data)
    if (!checked.ok)
      throw new Error(
        `The embedded questionnaire is invalid: ${checked.problems[0]?.path}: ${checked.problems[0]?.message}`,
      )
    return checked.value
  })
  return defaultQuestionnaire
}

async function readDefault(): Promise<unknown> {
  if (import.meta.env.MODE === 'test') return (await import('../../questionnaires/groundwork.json')).default
  const { default: url } = await import('../../questionnaires/groundwork.json?url')
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The embedded questionnaire could not be loaded (${response.status})`)
  return (await response.json()) as unknown
}
