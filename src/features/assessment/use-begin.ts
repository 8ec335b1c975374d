import { useNavigate } from 'react-router'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'

/** Starts a new response to the questionnaire in use and goes to the (optional) company step. */
export function useBegin(): () => Promise<void> {
  const navigate = useNavigate()
  return async () => {
    const questionnaire = useQuestionnaireStore.getState().custom ?? (await loadDefaultQuestionnaire())
    useAssessmentStore.getState().start(questionnaire)
    await navigate('/company')
  }
}
