import { create } from 'zustand'
import {
  createResponse,
  newId,
  type AdoptionChoice,
  type AssessmentResponse,
  type Choice,
  type Company,
  type PlanEntry,
  type Questionnaire,
  type Targets,
} from '../domain/index.ts'

/** The assessment being worked on, as the screens edit it. The data module keeps it in the workspace. */
interface AssessmentState {
  response: AssessmentResponse | null
  /** The question the user last worked on: resume returns here. */
  lastQuestionId: string | null
  /** The client (company) the assessment is filed under; null: the owner's own. */
  clientId: string | null
  /** Begins a new assessment, filed under a client or (by default) the owner's own. */
  start: (questionnaire: Questionnaire, clientId?: string | null) => void
  /** Opens a kept assessment to work on (the previous one stays in the workspace). */
  open: (response: AssessmentResponse, clientId: string | null, lastQuestionId?: string | null) => void
  setChoice: (questionId: string, choice: Choice | undefined) => void
  setNote: (questionId: string, note: string) => void
  /** Answers one item of the adoption inventory; undefined takes the answer back. */
  setAdoption: (itemId: string, choice: AdoptionChoice | undefined) => void
  /** The kind of tool the user is offered ("before you buy"); undefined: none. */
  setConsideringTool: (itemId: string | undefined) => void
  /** When a plan step is to be done, and by whom; empty values are removed. */
  setPlanEntry: (questionId: string, entry: PlanEntry) => void
  setCompany: (company: Company) => void
  setTargets: (targets: Targets) => void
  visit: (questionId: string) => void
  /** Replaces the whole response with one that was validated and checked against the questionnaire. */
  replace: (response: AssessmentResponse) => void
  /**
   * Puts the assessment away: the start page offers a new one. It stays in the workspace
   * (deleting it is the data module's `deleteAssessment`).
   */
  clear: () => void
}

function touch(response: AssessmentResponse, changes: Partial<AssessmentResponse>): AssessmentResponse {
  return { ...response, ...changes, updatedAt: new Date().toISOString() }
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T
}

export const useAssessmentStore = create<AssessmentState>()((set) => {
  const update = (change: (response: AssessmentResponse) => Partial<AssessmentResponse>) =>
    set((state) => (state.response ? { response: touch(state.response, change(state.response)) } : state))
  return {
    response: null,
    lastQuestionId: null,
    clientId: null,
    start: (questionnaire, clientId = null) =>
      set({ response: createResponse(questionnaire, newId('r'), new Date()), lastQuestionId: null, clientId }),
    open: (response, clientId, lastQuestionId = null) => set({ response, clientId, lastQuestionId }),
    setChoice: (questionId, choice) =>
      update(({ answers }) => {
        const { choice: _previous, ...rest } = answers[questionId] ?? {}
        const answer = choice === undefined ? rest : { ...rest, choice }
        return { answers: { ...answers, [questionId]: answer } }
      }),
    setNote: (questionId, note) =>
      update(({ answers }) => {
        const { note: _previous, ...rest } = answers[questionId] ?? {}
        // Only an empty note is removed: trimming here would eat the space the user just typed.
        const answer = note === '' ? rest : { ...rest, note }
        return { answers: { ...answers, [questionId]: answer } }
      }),
    setAdoption: (itemId, choice) =>
      update(({ adoption }) => {
        const { [itemId]: _previous, ...rest } = adoption ?? {}
        return { adoption: choice === undefined ? rest : { ...rest, [itemId]: { choice } } }
      }),
    setConsideringTool: (itemId) =>
      update(({ consideringTool: _previous, ...rest }) => ({ ...rest, consideringTool: itemId })),
    setPlanEntry: (questionId, entry) =>
      update(({ plan }) => {
        const { [questionId]: _previous, ...rest } = plan ?? {}
        const cleaned = withoutEmpty(entry)
        return { plan: Object.keys(cleaned).length > 0 ? { ...rest, [questionId]: cleaned } : rest }
      }),
    setCompany: (company) => update(() => ({ company: withoutEmpty(company) })),
    setTargets: (targets) => update(() => ({ targets })),
    visit: (questionId) => set({ lastQuestionId: questionId }),
    replace: (response) => set({ response, lastQuestionId: null }),
    clear: () => set({ response: null, lastQuestionId: null, clientId: null }),
  }
})
