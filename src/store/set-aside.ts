import { create } from 'zustand'
import type { ValidationProblem } from '../domain/index.ts'

/** Stored state that failed validation: kept, offered as a download, never silently deleted. */
export interface SetAsideState {
  key: string
  raw: string
  problems: ValidationProblem[]
  at: string
}

const BACKUP_PREFIX = 'groundwork.backup.'

export const useSetAsideStore = create<{ items: SetAsideState[]; dismiss: (key: string) => void }>()((set) => ({
  items: [],
  dismiss: (key) => set((s) => ({ items: s.items.filter((i) => i.key !== key) })),
}))

export function setAside(key: string, value: unknown, problems: ValidationProblem[]): void {
  const raw = JSON.stringify(value, null, 2)
  const at = new Date().toISOString()
  try {
    localStorage.setItem(`${BACKUP_PREFIX}${key}.${at}`, raw)
  } catch {
    // Storage full: the backup still lives in memory and can be downloaded this session.
  }
  useSetAsideStore.setState((s) => ({ items: [...s.items, { key, raw, problems, at }] }))
}
