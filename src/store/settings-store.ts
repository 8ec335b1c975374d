import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { preferredLocale, type Locale } from '../domain/index.ts'
import { openingLocale } from './opening-locale.ts'
import { versionedStorage } from './versioned-storage.ts'

const KEY = 'groundwork.settings'

/**
 * The language the app opens in, read at once: it is the store's initial state, which the start page
 * prerendered in that language is hydrated with (see src/app/first-paint.ts).
 */
function initialLocale(): Locale {
  if (typeof navigator === 'undefined') return 'de'
  let stored: string | null = null
  try {
    stored = localStorage.getItem(KEY)
  } catch {
    // Storage refused: the browser's languages decide.
  }
  return openingLocale(stored, navigator.languages, preferredLocale)
}

interface SettingsState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      // A first visit follows the browser; a choice made with the language switch is kept below.
      locale: initialLocale(),
      setLocale: (locale) => set({ locale }),
    }),
    {
      ...versionedStorage(KEY, 1),
      partialize: ({ locale }) => ({ locale }),
      merge: (persisted, current) => {
        const locale = (persisted as { locale?: unknown } | undefined)?.locale
        return locale === 'de' || locale === 'en' ? { ...current, locale } : current
      },
    },
  ),
)

/** Another tab switched the language: follow it, instead of later writing the old one back. */
export function followSettingsAcrossTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) void useSettingsStore.persist.rehydrate()
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}
