import { useSettingsStore } from '../store/settings-store.ts'
import { de, type Messages } from './messages-de.ts'
import { en } from './messages-en.ts'

const catalogs = { de, en } as const

/** The messages of the current language. */
export function useT(): Messages {
  return catalogs[useSettingsStore((s) => s.locale)]
}

export function useLocale() {
  return useSettingsStore((s) => s.locale)
}
