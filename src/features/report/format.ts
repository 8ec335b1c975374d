import { useMemo } from 'react'
import { roundScore, type Locale } from '../../domain/index.ts'
import { useLocale } from '../../i18n/use-t.ts'

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

export interface Format {
  /** A score 0–100 rounded like the CLI (roundScore), with the locale's decimal separator. */
  score: (value: number) => string
  /** A change in points with its sign: +12,5 / −3,0 / ±0,0. */
  change: (value: number) => string
  percent: (ratio: number) => string
  date: (iso: string) => string
}

/** Number and date formats for one locale; pure so tests and the e2e suite can rely on them. */
export function createFormat(locale: Locale): Format {
  const tag = TAGS[locale]
  const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' })
  return {
    score: (value) => number.format(roundScore(value)),
    change: (value) => {
      const rounded = roundScore(value)
      if (rounded === 0) return `±${number.format(0)}`
      return `${rounded > 0 ? '+' : '−'}${number.format(Math.abs(rounded))}`
    },
    percent: (ratio) => percent.format(ratio),
    date: (iso) => date.format(new Date(iso)),
  }
}

export function useFormat(): Format {
  const locale = useLocale()
  return useMemo(() => createFormat(locale), [locale])
}
