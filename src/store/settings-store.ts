import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { preferredLocale, type Locale } from '../domain/index.ts'
import { versionedStorage } from './versioned-storage.ts'

interface SettingsState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      // A first visit follows the browser; a choice made with the language switch is kept below.
      locale: preferredLocale(typeof navigator === 'undefined' ? [] : navigator.languages),
      setLocale: (locale) => set({ locale }),
    }),
    {
      ...versionedStorage('groundwork.settings', 1),
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
    if (event.key === 'groundwork.settings') void useSettingsStore.persist.rehydrate()
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}
