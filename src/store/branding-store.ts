import { create } from 'zustand'
import type { Branding } from '../domain/index.ts'

interface BrandingState {
  /** The consultant's name, company, contact line, logo and accent colour: all optional. */
  branding: Branding
  /** Replaces the branding with one that passed the schema. */
  save: (branding: Branding) => void
  clear: () => void
}

/** The branding profile in use; the data module keeps it in the workspace. */
export const useBrandingStore = create<BrandingState>()((set) => ({
  branding: {},
  save: (branding) => set({ branding }),
  clear: () => set({ branding: {} }),
}))
