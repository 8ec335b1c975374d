/** The languages every user-visible string must be given in. German is the default. */
export const LOCALES = ['de', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/**
 * The language of a first visit, from the browser's preferred languages (`navigator.languages`, most
 * preferred first): the first German or English one decides ("de-AT" is German, "en-US" English);
 * with neither, German. Self-contained on purpose: the build inlines its source into the page's
 * first script, so the first paint and the app choose alike.
 */
export function preferredLocale(languages: readonly string[]): 'de' | 'en' {
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split('-')[0]
    if (primary === 'de' || primary === 'en') return primary
  }
  return 'de'
}
