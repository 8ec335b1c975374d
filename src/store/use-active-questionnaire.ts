import { use } from 'react'
import type { Questionnaire } from '../domain/index.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from './questionnaire-store.ts'

/**
 * The questionnaire in use: a consultant's loaded one, else the embedded default.
 * Suspends while the default's chunk loads: render it inside <Suspense>.
 */
export function useActiveQuestionnaire(): Questionnaire {
  const custom = useQuestionnaireStore((s) => s.custom)
  const fallback = use(loadDefaultQuestionnaire())
  return custom ?? fallback
}
