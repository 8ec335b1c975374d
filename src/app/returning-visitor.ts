import { useAssessmentStore } from '../store/assessment-store.ts'

const KEY = 'groundwork.returning'

/**
 * Notes in local storage whether this browser has an assessment to continue: the first paint,
 * before the workspace (IndexedDB) can be read, then shows no begin button to someone whose start
 * page becomes "continue" a moment later (see first-paint.ts).
 */
export function rememberReturningVisitor(opening: Promise<void>): void {
  const write = (returning: boolean) => {
    try {
      if (returning) localStorage.setItem(KEY, '1')
      else localStorage.removeItem(KEY)
    } catch {
      // Storage refused: the begin button shows until the workspace is open, as on a first visit.
    }
  }
  void opening.then(() => {
    write(useAssessmentStore.getState().response !== null)
    useAssessmentStore.subscribe((state, previous) => {
      if ((state.response === null) !== (previous.response === null)) write(state.response !== null)
    })
  })
}
