import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import type { Level } from '../response/schema.ts'
import { choiceOf } from '../scoring/count.ts'
import { LABELS, roleName } from '../labels.ts'
import type { Participant } from './aggregate.ts'

const BOM = '\uFEFF'

/** Spreadsheet conventions: German Excel wants semicolons and a decimal comma; English commas and a point. */
const conventions: Record<Locale, { separator: string; decimal: string }> = {
  de: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
}

function cell(value: string, separator: string): string {
  // Cells that a spreadsheet would run as a formula are prefixed: exports must not execute anything.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/**
 * All answers as CSV for a spreadsheet: one row per question, one column per participant, with
 * the mean. UTF-8 with a byte-order mark so Excel reads umlauts; German Excel conventions for `de`.
 * Names are replaced by "Participant 1…" unless `showNames`.
 */
export function answersToCsv(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  { locale, showNames }: { locale: Locale; showNames: boolean },
): string {
  const { separator, decimal } = conventions[locale]
  const labels = LABELS[locale]
  const names = participants.map((p, i) => (showNames && p.name ? p.name : labels.participant(i + 1)))
  const header =
    locale === 'de'
      ? ['Dimension', 'Frage-ID', 'Frage', ...names, 'Mittelwert']
      : ['Dimension', 'Question id', 'Question', ...names, 'Mean']
  const dimensionTitle = new Map(questionnaire.dimensions.map((d) => [d.id, d.title[locale]]))
  const rows = questionnaire.questions.map((question) => {
    const choices = participants.map((p) => choiceOf(p.answers, question.id))
    const levels = choices.filter((c): c is Level => typeof c === 'number')
    const mean =
      levels.length > 0
        ? (levels.reduce<number>((a, b) => a + b, 0) / levels.length).toFixed(2).replace('.', decimal)
        : ''
    const answers = choices.map((c) => (c === undefined ? '' : typeof c === 'number' ? String(c) : labels.choices[c]))
    return [dimensionTitle.get(question.dimension)!, question.id, question.title[locale], ...answers, mean]
  })
  const roleRow = [
    locale === 'de' ? 'Rolle' : 'Role',
    '',
    '',
    ...participants.map((p) => (p.role ? roleName(locale, p.role) : '')),
    '',
  ]
  return (
    BOM +
    [header, roleRow, ...rows].map((row) => row.map((v) => cell(v, separator)).join(separator)).join('\r\n') +
    '\r\n'
  )
}
