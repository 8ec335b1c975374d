import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { problemsFromZod, validateResponse, type AssessmentResponse } from '../domain/index.ts'
import { z } from '../domain/zod.ts'
import { setAside } from './set-aside.ts'
import { versionedStorage } from './versioned-storage.ts'

export const HISTORY_STORAGE_KEY = 'groundwork.history'

/** A completed assessment kept in this browser, to compare with later. */
export interface HistoryEntry {
  id: string
  keptAt: string
  response: AssessmentResponse
}

interface HistoryState {
  /** Newest first. */
  entries: HistoryEntry[]
  /** Keeps a snapshot of the response; the same unchanged response is kept only once. */
  keep: (response: AssessmentResponse, now?: Date) => HistoryEntry
  remove: (id: string) => void
}

const entryShape = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  keptAt: z.iso.datetime({ offset: true }),
  response: z.unknown(),
})

/** Checks every stored entry on its own: one bad entry is set aside, the others stay. */
export function restoreEntries(stored: unknown): HistoryEntry[] {
  if (stored === undefined || stored === null) return []
  if (!Array.isArray(stored)) {
    setAside(HISTORY_STORAGE_KEY, stored, [{ path: 'entries', message: 'must be a list' }])
    return []
  }
  const entries: HistoryEntry[] = []
  stored.forEach((raw: unknown, i) => {
    const shape = entryShape.safeParse(raw)
    if (!shape.success) {
      setAside(
        HISTORY_STORAGE_KEY,
        raw,
        problemsFromZod(shape.error).map((p) => ({ ...p, path: `entries[${i}].${p.path}` })),
      )
      return
    }
    const response = validateResponse(shape.data.response)
    if (!response.ok) {
      setAside(
        HISTORY_STORAGE_KEY,
        raw,
        response.problems.map((p) => ({ ...p, path: `entries[${i}].response.${p.path}` })),
      )
      return
    }
    entries.push({ id: shape.data.id, keptAt: shape.data.keptAt, response: response.value })
  })
  return entries.sort((a, b) => b.keptAt.localeCompare(a.keptAt))
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

export const useHistoryStore = create<HistoryState>()(
  persist(
    (set, get) => ({
      entries: [],
      keep: (response, now = new Date()) => {
        const same = get().entries.find(
          (e) => e.response.id === response.id && e.response.updatedAt === response.updatedAt,
        )
        if (same) return same
        const entry = { id: newId(), keptAt: now.toISOString(), response }
        set((state) => ({ entries: [entry, ...state.entries] }))
        return entry
      },
      remove: (id) => set((state) => ({ entries: state.entries.filter((e) => e.id !== id) })),
    }),
    {
      ...versionedStorage(HISTORY_STORAGE_KEY, 1),
      partialize: ({ entries }) => ({ entries }),
      // Stored state is untrusted like any file: each entry is validated, failures set aside.
      merge: (persisted, current) => {
        const stored = (persisted as { entries?: unknown } | undefined)?.entries
        return { ...current, entries: restoreEntries(stored) }
      },
    },
  ),
)
