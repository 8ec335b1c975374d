import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { validateBranding, type Branding } from '../domain/index.ts'
import { setAside } from './set-aside.ts'
import { versionedStorage } from './versioned-storage.ts'

export const BRANDING_STORAGE_KEY = 'groundwork.branding'

interface BrandingState {
  /** The consultant's name, company, contact line, logo and accent colour: all optional. */
  branding: Branding
  /** Replaces the branding with one that passed the schema. */
  save: (branding: Branding) => void
  clear: () => void
}

/** Restores stored branding: what fails the schema is set aside (offered as a download), not lost. */
export function restoreBranding(stored: unknown): Branding {
  if (stored === undefined || stored === null) return {}
  const checked = validateBranding(stored)
  if (checked.ok) return checked.value
  setAside(
    BRANDING_STORAGE_KEY,
    stored,
    checked.problems.map((p) => ({ ...p, path: `branding.${p.path}` })),
  )
  return {}
}

export const useBrandingStore = create<BrandingState>()(
  persist(
    (set) => ({
      branding: {},
      save: (branding) => set({ branding }),
      clear: () => set({ branding: {} }),
    }),
    {
      ...versionedStorage(BRANDING_STORAGE_KEY, 1),
      partialize: ({ branding }) => ({ branding }),
      merge: (persisted, current) => ({
        ...current,
        branding: restoreBranding((persisted as { branding?: unknown } | undefined)?.branding),
      }),
    },
  ),
)
