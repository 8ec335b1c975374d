import type { Locale } from './questionnaire/schema.ts'

/**
 * A catalog written once with both languages side by side: every entry is `{ de, en }` (an object
 * with exactly those two keys), every other object is a group of entries. `Bilingual<Shape>` is that
 * tree for a catalog whose one-language shape is `Shape`: a translator edits an entry in one place.
 */
export type Bilingual<Shape> = Shape extends string | readonly unknown[] | ((...args: never[]) => unknown)
  ? { readonly de: Shape; readonly en: Shape }
  : { readonly [K in keyof Shape]: Bilingual<Shape[K]> }

/** Whether a node of a bilingual tree is an entry: exactly the keys `de` and `en`. */
export function isBilingualEntry(node: unknown): node is { de: unknown; en: unknown } {
  return typeof node === 'object' && node !== null && 'de' in node && 'en' in node && Object.keys(node).length === 2
}

/** One language's tree from a bilingual one: every `{ de, en }` entry replaced by its text in `locale`. */
export function inLanguage(tree: object, locale: Locale): unknown {
  // Kept small: this runs in the first bundle for every catalog; the types make sure every leaf is an entry.
  const picked: Record<string, unknown> = {}
  for (const [key, node] of Object.entries(tree))
    picked[key] = isBilingualEntry(node) ? node[locale] : inLanguage(node, locale)
  return picked
}

/**
 * Splits a bilingual catalog of a known shape into the two languages' catalogs, as the domain's
 * labels and sentences are used everywhere: `LABELS.de`, `LABELS.en`.
 */
export function bilingual<Shape>(tree: Bilingual<Shape>): Record<Locale, Shape> {
  return { de: inLanguage(tree, 'de') as Shape, en: inLanguage(tree, 'en') as Shape }
}
