import type { Locale } from '../domain/index.ts'
import { useSettingsStore } from '../store/settings-store.ts'

/** The current language. */
export function useLocale(): Locale {
  return useSettingsStore((s) => s.locale)
}

/** Picks a feature's messages (from `defineMessages`) in the current language. */
export function useT<M>(messages: Record<Locale, M>): M {
  return messages[useLocale()]
}
