import { useMemo } from 'react'
import { LABELS, roundScore, type Choice, type Locale } from '../../domain/index.ts'
import { useLocale } from '../../i18n/use-t.ts'

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }
const BYTE_UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const

export interface ClientFormat {
  /** A score 0–100 with one decimal, as the report shows it. */
  score: (value: number) => string
  /** A change in points with its sign: +3,2 / −1,0 / ±0,0. */
  change: (value: number) => string
  date: (iso: string) => string
  dateTime: (iso: string) => string
  /** A storage size: 2,3 MB, 1,2 GB. */
  bytes: (value: number) => string
  /** An answer: "Stufe 2", "Weiß ich nicht". */
  choice: (choice: Choice) => string
}

/** Number and date formats for one locale (the same rules as the report's). */
export function createClientFormat(locale: Locale): ClientFormat {
  const tag = TAGS[locale]
  const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' })
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' })
  return {
    score: (value) => number.format(roundScore(value)),
    change: (value) => {
      const rounded = roundScore(value)
      if (rounded === 0) return `±${number.format(0)}`
      return `${rounded > 0 ? '+' : '−'}${number.format(Math.abs(rounded))}`
    },
    date: (iso) => date.format(new Date(iso)),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    bytes: (value) => {
      const [unit, size] = BYTE_UNITS.find(([, size]) => value >= size) ?? BYTE_UNITS[2]
      return new Intl.NumberFormat(tag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value / size)
    },
    choice: (choice) => (typeof choice === 'number' ? LABELS[locale].level(choice) : LABELS[locale].choices[choice]),
  }
}

export function useClientFormat(): ClientFormat {
  const locale = useLocale()
  return useMemo(() => createClientFormat(locale), [locale])
}
