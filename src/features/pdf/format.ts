import { roundScore, type Locale } from '../../domain/index.ts'

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }

export interface PdfFormat {
  /** A score 0–100 rounded like the screen and the CLI (roundScore), with the locale's decimal separator. */
  score: (value: number) => string
  /** A score or a dash when there is none. */
  maybe: (value: number | null) => string
  /** A parameter as written: 10, 1,5. */
  number: (value: number) => string
  /** A mean level 0–4 with one decimal. */
  level: (value: number) => string
  /** A signed difference of levels: +1,5 / −0,5 / ±0,0. */
  change: (value: number) => string
  percent: (ratio: number) => string
  date: (value: Date) => string
  /** "A, B und C" / "A, B and C". */
  list: (items: readonly string[]) => string
}

// The same formats as the on-screen report (features/report/format.ts): the PDF must read alike.
export function createPdfFormat(locale: Locale): PdfFormat {
  const tag = TAGS[locale]
  const number = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'long' })
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })
  const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })
  const score = (value: number) => number.format(roundScore(value))
  return {
    score,
    maybe: (value) => (value === null ? '–' : score(value)),
    number: (value) => plain.format(value),
    level: (value) => number.format(roundScore(value)),
    change: (value) => {
      const rounded = roundScore(value)
      if (rounded === 0) return `±${number.format(0)}`
      return `${rounded > 0 ? '+' : '−'}${number.format(Math.abs(rounded))}`
    },
    percent: (ratio) => percent.format(ratio),
    date: (value) => date.format(value),
    list: (items) => list.format(items),
  }
}
