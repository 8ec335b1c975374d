import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import {
  createResponse,
  validateResponse,
  type AdoptionChoice,
  type AssessmentResponse,
  type Choice,
  type Company,
  type PlanEntry,
  type Questionnaire,
  type Targets,
} from '../domain/index.ts'
import { setAside } from './set-aside.ts'
import { versionedStorage } from './versioned-storage.ts'

export const ASSESSMENT_STORAGE_KEY = 'groundwork.assessment'

interface PersistedAssessment {
  response: AssessmentResponse | null
  /** The question the user last worked on: resume returns here. */
  lastQuestionId: string | null
}

interface AssessmentState extends PersistedAssessment {
  savedAt: string | null
  start: (questionnaire: Questionnaire) => void
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
  clear: () => void
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

function touch(response: AssessmentResponse, changes: Partial<AssessmentResponse>): AssessmentResponse {
  return { ...response, ...changes, updatedAt: new Date().toISOString() }
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T
}

export const useAssessmentStore = create<AssessmentState>()(
  persist(
    (set) => {
      const update = (change: (response: AssessmentResponse) => Partial<AssessmentResponse>) =>
        set((state) =>
          state.response
            ? { response: touch(state.response, change(state.response)), savedAt: new Date().toISOString() }
            : state,
        )
      return {
        response: null,
        lastQuestionId: null,
        savedAt: null,
        start: (questionnaire) =>
          set({ response: createResponse(questionnaire, newId(), new Date()), lastQuestionId: null, savedAt: null }),
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
        replace: (response) => set({ response, lastQuestionId: null, savedAt: new Date().toISOString() }),
        clear: () => set({ response: null, lastQuestionId: null, savedAt: null }),
      }
    },
    {
      ...versionedStorage(ASSESSMENT_STORAGE_KEY, 1),
      partialize: ({ response, lastQuestionId }): PersistedAssessment => ({ response, lastQuestionId }),
      // Stored state is untrusted like any file: validate it, and set aside what does not pass.
      merge: (persisted, current) => {
        const stored = persisted as Partial<PersistedAssessment> | undefined
        if (!stored || stored.response == null) return current
        const checked = validateResponse(stored.response)
        if (!checked.ok) {
          setAside(ASSESSMENT_STORAGE_KEY, persisted, checked.problems)
          return current
        }
        const lastQuestionId = typeof stored.lastQuestionId === 'string' ? stored.lastQuestionId : null
        return { ...current, response: checked.value, lastQuestionId }
      },
    },
  ),
)
