import type { Locale } from '../domain/index.ts'

/**
 * The language a page opens in: the one chosen with the language switch (as the settings store keeps
 * it in local storage, version 1), else the browser's preferred languages through `preferred`.
 * Self-contained (no imports, no outside names): the build also inlines it into the page's first
 * script (src/app/first-paint.ts), so the static first paint and the app open alike.
 */
export function openingLocale(
  stored: string | null,
  languages: readonly string[],
  preferred: (languages: readonly string[]) => Locale,
): Locale {
  try {
    const saved = JSON.parse(stored ?? 'null') as { version?: unknown; state?: { locale?: unknown } } | null
    const locale = saved?.version === 1 ? saved.state?.locale : undefined
    if (locale === 'de' || locale === 'en') return locale
  } catch {
    // Unreadable: as if nothing were stored, like the settings store.
  }
  return preferred(languages)
}
