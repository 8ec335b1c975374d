import type { Locale, LocalizedText } from './schema.ts'

/** The text in the requested language. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale]
}
