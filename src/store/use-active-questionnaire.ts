import { use } from 'react'
import type { Questionnaire } from '../domain/index.ts'
import { useAssessmentStore } from './assessment-store.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from './questionnaire-store.ts'
import { sameQuestionnaire } from '../domain/index.ts'

/**
 * The questionnaire in use: the open assessment's own version when the workspace's library keeps
 * it; the embedded default when the assessment answers the default (any version: an earlier one is
 * offered the move by the carry-over notice); else the one chosen for new assessments, else the
 * default. Suspends while the default's chunk loads: render it inside <Suspense>.
 */
export function useActiveQuestionnaire(): Questionnaire {
  const answered = useAssessmentStore((s) => s.response?.questionnaire)
  const own = useQuestionnaireStore((s) =>
    answered ? s.library.find((q) => sameQuestionnaire(q, answered)) : undefined,
  )
  const custom = useQuestionnaireStore((s) => s.custom)
  const fallback = use(loadDefaultQuestionnaire())
  if (own) return own
  if (answered && answered.id === fallback.id) return fallback
  return custom ?? fallback
}

/**
 * The questionnaire new assessments and workshops begin with: the one chosen on the questionnaire
 * page, else the embedded default. Suspends while the default's chunk loads.
 */
export function useQuestionnaireForNew(): Questionnaire {
  const custom = useQuestionnaireStore((s) => s.custom)
  const fallback = use(loadDefaultQuestionnaire())
  return custom ?? fallback
}
