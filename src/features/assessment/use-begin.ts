import { useNavigate } from 'react-router'
import { workspaceReady } from '../../data/ready.tsx'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { paths } from '../../ui/paths.ts'

/**
 * Starts a new response to the questionnaire in use and goes to the (optional) company step. With
 * `unlessOneIsOpen`, does nothing if the opened workspace holds an assessment in progress: the start
 * page shows its begin button before it knows (and the app may carry out a click made before it
 * ran), and a returning user must not get a second assessment from it.
 */
export function useBegin({ unlessOneIsOpen = false } = {}): () => Promise<void> {
  const navigate = useNavigate()
  return async () => {
    // What the company step needs is fetched beside the workspace's opening instead of one after the
    // other: its page's code, and the default questionnaire (not validated: it is the app's own). The
    // questionnaire store's module is loaded on the click, not with the start page: the workspace
    // loads it anyway, and the start page's paint does not need it.
    const companyStep = import('./company-page.tsx')
    const questionnaires = import('../../store/questionnaire-store.ts')
    const defaultQuestionnaire = questionnaires.then((module) => module.loadDefaultQuestionnaire())
    defaultQuestionnaire.catch(() => undefined) // its failure counts only where it is used, below
    // The workspace must be open first: a change made before it would not be written.
    await workspaceReady()
    if (unlessOneIsOpen && useAssessmentStore.getState().response !== null) return
    const { useQuestionnaireStore } = await questionnaires
    const questionnaire = useQuestionnaireStore.getState().custom ?? (await defaultQuestionnaire)
    // With the step's code at hand the new assessment goes straight to it, without the start page
    // first drawing its "continue" card for it.
    await companyStep
    useAssessmentStore.getState().start(questionnaire)
    await navigate(paths.company())
  }
}
