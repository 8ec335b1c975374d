import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import type { Locale } from '../domain/index.ts'

interface SettingsState {
  locale: Locale
  setLocale: (locale: Locale) => void
}

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      locale: 'de',
      setLocale: (locale) => set({ locale }),
    }),
    {
      name: 'groundwork.settings',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: ({ locale }) => ({ locale }),
      merge: (persisted, current) => {
        const locale = (persisted as { locale?: unknown } | undefined)?.locale
        return locale === 'de' || locale === 'en' ? { ...current, locale } : current
      },
    },
  ),
)
