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
export function useBegin({
  unlessOneIsOpen = false,
  prepare,
}: {
  unlessOneIsOpen?: boolean
  /** Fetches what the company step needs beside the workspace's opening; the new assessment waits for it. */
  prepare?: () => Promise<unknown>
} = {}): () => Promise<void> {
  const navigate = useNavigate()
  return async () => {
    const prepared = prepare?.()
    // The workspace must be open first: a change made before it would not be written.
    await workspaceReady()
    if (unlessOneIsOpen && useAssessmentStore.getState().response !== null) return
    // Loaded on the click, not with the start page: the questionnaire's validation (zod) is not needed
    // to paint it. The open workspace has loaded this module already, so the click does not wait.
    const { loadDefaultQuestionnaire, useQuestionnaireStore } = await import('../../store/questionnaire-store.ts')
    const questionnaire = useQuestionnaireStore.getState().custom ?? (await loadDefaultQuestionnaire())
    // With the step's code at hand the new assessment goes straight to it, without the start page
    // first drawing its "continue" card for it.
    await prepared
    useAssessmentStore.getState().start(questionnaire)
    await navigate(paths.company())
  }
}
