import { create } from 'zustand'

/** Why a write failed, in terms the user can act on. */
export type WriteFailure = 'quota' | 'unavailable' | 'other'

export interface SaveStatus {
  /** Changes waiting for (or in) a write. */
  pending: number
  /** When the last write was confirmed by the database: the only time "saved" may be claimed. */
  savedAt: string | null
  failure: { reason: WriteFailure; detail: string; at: string } | null
}

export const useSaveStatus = create<SaveStatus>()(() => ({ pending: 0, savedAt: null, failure: null }))

export function classifyWriteError(error: unknown): WriteFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : ''
  if (name === 'QuotaExceededError') return 'quota'
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'VersionError') return 'unavailable'
  return 'other'
}
