import { LABELS, roundScore, shownChange, type Choice, type Locale } from '../domain/index.ts'

const TAGS: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' }
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/
const BYTE_UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const

/** Every number, date and list the app, the PDF and the CSV-free screens show, in one locale. */
export interface Format {
  /** A score 0–100 rounded like the CLI (roundScore), with the locale's decimal separator; a dash for none. */
  score: (value: number | null) => string
  /** A mean level 0–4 with one decimal; a dash for none. */
  level: (value: number | null) => string
  /** A difference already computed from shown figures, with its sign: +12,5 / −3,0 / ±0,0 (never −0,0). */
  signed: (value: number) => string
  /** The change between two scores as a reader checks it: the difference of the figures shown (see `shownChange`). */
  change: (before: number | null, after: number | null) => string
  /** A parameter as written: 10, 1,5. */
  number: (value: number) => string
  percent: (ratio: number) => string
  /** A date in words. A calendar day (2026-11-23) is that day everywhere; a timestamp is read in local time. */
  date: (value: string | Date) => string
  dateTime: (value: string | Date) => string
  /** A storage size: 2,3 MB, 1,2 GB. */
  bytes: (value: number) => string
  /** An answer: "Stufe 2", "Weiß ich nicht". */
  choice: (choice: Choice) => string
  /** "A, B und C" / "A, B and C". */
  list: (items: readonly string[]) => string
}

const NONE = '–'

/** Number and date formats for one locale; pure, so the PDF worker, tests and the screens share them. */
export function createFormat(locale: Locale): Format {
  const tag = TAGS[locale]
  const oneDecimal = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })
  const localDate = new Intl.DateTimeFormat(tag, { dateStyle: 'long' })
  const calendarDay = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short' })
  const list = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })
  const decimal = (value: number | null) => (value === null ? NONE : oneDecimal.format(roundScore(value)))
  const signed = (value: number) => {
    const rounded = roundScore(value)
    if (rounded === 0) return `±${oneDecimal.format(0)}`
    return `${rounded > 0 ? '+' : '−'}${oneDecimal.format(Math.abs(rounded))}`
  }
  return {
    score: decimal,
    level: decimal,
    signed,
    change: (before, after) => {
      const change = shownChange(before, after)
      return change === null ? NONE : signed(change)
    },
    number: (value) => plain.format(value),
    percent: (ratio) => percent.format(ratio),
    date: (value) =>
      typeof value === 'string' && CALENDAR_DAY.test(value)
        ? calendarDay.format(new Date(`${value}T00:00:00Z`))
        : localDate.format(new Date(value)),
    dateTime: (value) => dateTime.format(new Date(value)),
    bytes: (value) => {
      const [unit, size] = BYTE_UNITS.find(([, size]) => value >= size) ?? BYTE_UNITS[2]
      return new Intl.NumberFormat(tag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value / size)
    },
    choice: (choice) => (typeof choice === 'number' ? LABELS[locale].level(choice) : LABELS[locale].choices[choice]),
    list: (items) => list.format(items),
  }
}
