import { create } from 'zustand'
import type { Questionnaire } from '../domain/index.ts'
import { sameQuestionnaire } from '../domain/index.ts'

interface QuestionnaireState {
  /** The questionnaire new assessments begin with; null means the embedded default. */
  custom: Questionnaire | null
  /**
   * Every consultant's questionnaire version this browser keeps (the workspace's library), so an
   * assessment or workshop always opens with the version it was answered on.
   */
  library: Questionnaire[]
  /** Only ever called with a questionnaire that passed validation: keeps it and begins new assessments with it. */
  chooseCustom: (questionnaire: Questionnaire) => void
  chooseDefault: () => void
}

export const useQuestionnaireStore = create<QuestionnaireState>()((set) => ({
  custom: null,
  library: [],
  chooseCustom: (questionnaire) =>
    set((state) => ({
      custom: questionnaire,
      library: [questionnaire, ...state.library.filter((q) => !sameQuestionnaire(q, questionnaire))],
    })),
  chooseDefault: () => set({ custom: null }),
}))

let defaultQuestionnaire: Promise<Questionnaire> | undefined

/**
 * The embedded default questionnaire, loaded on first use. In the built app it is a JSON file
 * fetched from the app's own origin (and precached for offline use): data, not JavaScript, so it
 * costs the phone a JSON parse instead of a script compile. It is validated when the app is built
 * (a broken one fails the build, see scripts/first-paint-plugin.ts) and in the tests, which also
 * check that validation returns it unchanged: so the browser uses it as it is, and the question
 * pages need no validation code (zod) of their own.
 */
export function loadDefaultQuestionnaire(): Promise<Questionnaire> {
  defaultQuestionnaire ??= readDefault()
  return defaultQuestionnaire
}

async function readDefault(): Promise<Questionnaire> {
  if (import.meta.env.MODE === 'test') {
    const { validateQuestionnaire } = await import('../domain/index.ts')
    const checked = validateQuestionnaire((await import('../../questionnaires/groundwork.json')).default)
    if (!checked.ok) throw new Error(`The embedded questionnaire is invalid: ${checked.problems[0]?.path}`)
    return checked.value
  }
  const { default: url } = await import('../../questionnaires/groundwork.json?url')
  const response = await fetch(url)
  if (!response.ok) throw new Error(`The embedded questionnaire could not be loaded (${response.status})`)
  return (await response.json()) as Questionnaire
}
