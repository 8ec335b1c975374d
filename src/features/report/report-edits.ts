import { createContext, use } from 'react'
import type { PlanEntry, Targets } from '../../domain/index.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'

/** What the report lets the reader change: targets, who and by when per step, the tool on offer. */
export interface ReportEdits {
  setTargets: (targets: Targets) => void
  setPlanEntry: (questionId: string, entry: PlanEntry) => void
  setConsideringTool: (itemId: string | undefined) => void
}

// The user's own report writes to their open assessment (the store's actions are stable: no hook needed).
const ownAssessment: ReportEdits = {
  setTargets: (targets) => useAssessmentStore.getState().setTargets(targets),
  setPlanEntry: (questionId, entry) => useAssessmentStore.getState().setPlanEntry(questionId, entry),
  setConsideringTool: (itemId) => useAssessmentStore.getState().setConsideringTool(itemId),
}

/** A report of other answers (an example) puts its own edits here, so nothing reaches the user's assessment. */
export const ReportEditsContext = createContext<ReportEdits | null>(null)

export function useReportEdits(): ReportEdits {
  return use(ReportEditsContext) ?? ownAssessment
}
