import { create } from 'zustand'
import type { ValidationProblem } from '../domain/index.ts'

/** Stored state that failed validation: kept, offered as a download, never silently deleted. */
export interface SetAsideState {
  /** The set-aside record's id in the workspace database. */
  id: string
  /** Where it came from: a record (`assessments/…`) or a legacy storage key. */
  key: string
  raw: string
  problems: ValidationProblem[]
  at: string
}

/** UI state: the set-aside data to show; the data module fills it and keeps the copies. */
export const useSetAsideStore = create<{ items: SetAsideState[]; dismiss: (id: string) => void }>()((set) => ({
  items: [],
  dismiss: (id) => set((s) => ({ items: s.items.filter((i) => i.id !== id) })),
}))
