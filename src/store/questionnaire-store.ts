import { create } from 'zustand'
import { validateQuestionnaire, type Questionnaire } from '../domain/index.ts'

interface QuestionnaireState {
  /** The questionnaire new assessments begin with; null means the embedded default. */
  custom: Questionnaire | null
  /**
   * Every consultant's questionnaire version this browser keeps (the workspace's library), so an
   * assessment or workshop always opens with the version it was answered on.
   */
  library: Questionnaire[]
  /** Only ever called with a questionnaire that passed validation: keeps it and begins new assessments with it. */
  useCustom: (questionnaire: Questionnaire) => void
  useDefault: () => void
}

function sameVersion(a: Questionnaire, b: Questionnaire): boolean {
  return a.id === b.id && a.version === b.version
}

export const useQuestionnaireStore = create<QuestionnaireState>()((set) => ({
  custom: null,
  library: [],
  useCustom: (questionnaire) =>
    set((state) => ({
      custom: questionnaire,
      library: [questionnaire, ...state.library.filter((q) => !sameVersion(q, questionnaire))],
    })),
  useDefault: () => set({ custom: null }),
}))

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
        `The embedded questionnaire is invalid: ${checked.problems[0]?.path}: ${JSON.stringify(checked.problems[0]?.issue)}`,
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
