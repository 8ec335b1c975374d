import { useMemo } from 'react'
import { roundScore, type Locale } from '../../domain/index.ts'
import { useLocale } from '../../i18n/use-t.ts'

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

export interface Format {
  /** A score 0–100 rounded like the CLI, with the locale's decimal separator. */
  score: (value: number | null) => string
  /** A mean level 0–4 with one decimal. */
  level: (value: number | null) => string
  /** A difference with its sign. */
  signed: (value: number) => string
  /** A calendar date (YYYY-MM-DD) in words. */
  date: (isoDate: string) => string
}

export function createFormat(locale: Locale): Format {
  const tag = TAGS[locale]
  const one = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })
  return {
    score: (value) => (value === null ? '–' : one.format(roundScore(value))),
    level: (value) => (value === null ? '–' : one.format(roundScore(value))),
    signed: (value) => {
      const rounded = Math.round(value * 10) / 10
      if (rounded === 0) return `±${one.format(0)}`
      return `${rounded > 0 ? '+' : '−'}${one.format(Math.abs(rounded))}`
    },
    date: (isoDate) => date.format(new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate)),
  }
}

export function useFormat(): Format {
  const locale = useLocale()
  return useMemo(() => createFormat(locale), [locale])
}
