import { useNavigate } from 'react-router'
import { openAssessment } from '../../data/commands.ts'
import type { AssessmentRecord } from '../../domain/index.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'

/** Opens an assessment to go on with and goes to `to`: the clients page's and the timeline's "Öffnen". */
export function useOpenAssessment(): (record: AssessmentRecord, to: string) => void {
  const navigate = useNavigate()
  return (record, to) => {
    // The one already open holds the newest answers: keep them, just go there.
    if (useAssessmentStore.getState().response?.id !== record.id) openAssessment(record)
    void navigate(to)
  }
}
