import { create } from 'zustand'
import { newId, type AssessmentResponse } from '../domain/index.ts'

/** A completed assessment kept in this browser, to compare with later (a snapshot record in the workspace). */
export interface HistoryEntry {
  id: string
  keptAt: string
  response: AssessmentResponse
  clientId?: string | null
}

interface HistoryState {
  /** Newest first. */
  entries: HistoryEntry[]
  /** Keeps a snapshot of the response; the same unchanged response is kept only once. */
  keep: (response: AssessmentResponse, now?: Date) => HistoryEntry
  remove: (id: string) => void
}

export const useHistoryStore = create<HistoryState>()((set, get) => ({
  entries: [],
  keep: (response, now = new Date()) => {
    const same = get().entries.find((e) => e.response.id === response.id && e.response.updatedAt === response.updatedAt)
    if (same) return same
    const entry = { id: newId('h'), keptAt: now.toISOString(), response }
    set((state) => ({ entries: [entry, ...state.entries] }))
    return entry
  },
  remove: (id) => set((state) => ({ entries: state.entries.filter((e) => e.id !== id) })),
}))
