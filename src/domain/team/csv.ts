import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import { choiceOf } from '../response/choices.ts'
import { roundScore } from '../scoring/levels.ts'
import { LABELS, roleName } from '../labels.ts'
import { aggregateTeam, rolesOf, type Participant, type TeamReport } from './aggregate.ts'
import { sharePercent } from './agreement.ts'
import { teamNotes } from './summary.ts'
import type { Workshop } from './workshop.ts'

/** What the CSV carries of the workshop besides the answers: its details, agreed levels, decisions. */
export type CsvWorkshop = Pick<Workshop, 'title' | 'date'> &
  Partial<Pick<Workshop, 'organisation' | 'facilitator' | 'consensus' | 'decisions'>>

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

const number = (value: number | null, decimal: string, digits?: number) =>
  value === null ? '' : (digits === undefined ? String(value) : value.toFixed(digits)).replace('.', decimal)

/**
 * All answers as CSV for a spreadsheet: one row per question, one column per participant, with
 * the mean; then how far the room agrees on the question and its rank as a discussion topic, and
 * a row per dimension with each person's score, the team score and the mean of individual scores.
 * Columns are only ever added at the end, so older sheets that read the first ones keep working.
 * UTF-8 with a byte-order mark so Excel reads umlauts; German Excel conventions for `de`.
 * Names are replaced by "Participant 1…" unless `showNames`. `report` is the team report of the
 * same participants, when the caller has it already. Then the notes per question (authors named as
 * in the rest of the sheet, never with their role), and with `workshop` the level the room agreed on,
 * its decision and actions per question, and a closing block with the workshop's details and how
 * many people had each role. Anonymised, the role row names no role per person (see below).
 */
export function answersToCsv(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  {
    locale,
    showNames,
    report,
    workshop,
  }: { locale: Locale; showNames: boolean; report?: TeamReport | undefined; workshop?: CsvWorkshop | undefined },
): string {
  const { separator, decimal } = conventions[locale]
  const labels = LABELS[locale]
  const team = report ?? aggregateTeam(questionnaire, participants)
  const names = participants.map((p, i) => (showNames && p.name ? p.name : labels.participant(i + 1)))
  const words = CSV_WORDS[locale]
  const header = [
    'Dimension',
    words.questionId,
    words.question,
    ...names,
    words.mean,
    'Median',
    `${labels.agreement} (%)`,
    words.iqr,
    words.count(labels.choices.dontKnow),
    words.count(labels.choices.notApplicable),
    words.count(labels.choices.notNeeded),
    words.kind,
    words.rank,
    labels.teamScore,
    labels.individualMean,
    words.notes,
    words.agreed,
    words.decision,
    words.actions,
  ]
  const notes = new Map(
    teamNotes(questionnaire, participants, { locale, showNames }).map((q) => [
      q.questionId,
      q.notes.map((n) => `${n.who}: ${n.text}`).join('\n'),
    ]),
  )
  const actionText = (a: { text: string; owner?: string | undefined; due?: string | undefined }) =>
    [a.text.trim(), a.owner?.trim() && `${words.owner}: ${a.owner.trim()}`, a.due && `${words.due}: ${a.due}`]
      .filter(Boolean)
      .join(' – ')
  const dimensionTitle = new Map(questionnaire.dimensions.map((d) => [d.id, d.title[locale]]))
  const rank = new Map(team.discussionTopics.map((q, i) => [q.questionId, i + 1]))
  const rows = questionnaire.questions.map((question, i) => {
    const choices = participants.map((p) => choiceOf(p.answers, question.id))
    const q = team.questions[i]!
    const answers = choices.map((c) => (c === undefined ? '' : typeof c === 'number' ? String(c) : labels.choices[c]))
    return [
      dimensionTitle.get(question.dimension)!,
      question.id,
      question.title[locale],
      ...answers,
      number(q.mean, decimal, 2),
      number(q.median, decimal),
      number(q.agreement === null ? null : sharePercent(q.agreement), decimal),
      number(q.iqr, decimal),
      String(q.unknown),
      String(q.notApplicable),
      String(q.notNeeded),
      labels.kinds[q.kind],
      String(rank.get(question.id) ?? ''),
      '',
      '',
      notes.get(question.id) ?? '',
      String(workshop?.consensus?.[question.id] ?? ''),
      workshop?.decisions?.[question.id]?.decision?.trim() ?? '',
      (workshop?.decisions?.[question.id]?.actions ?? []).map(actionText).join('\n'),
    ]
  })
  const score = (value: number | null) => number(value === null ? null : roundScore(value), decimal, 1)
  const dimensionRows = team.dimensions.map((d) => [
    dimensionTitle.get(d.dimensionId)!,
    '',
    words.dimensionScore,
    ...d.scores.map(score),
    ...Array.from({ length: 9 }, () => ''),
    score(d.teamScore),
    score(d.individualMean),
    ...Array.from({ length: 4 }, () => ''),
  ])
  // Anonymous: a role beside "Person 5" would tell a small team who wrote a note, so the row keeps
  // its place (older sheets read the answers from the third line) but names no role per person;
  // the roles are counted in the details block instead.
  const roleRow = [
    words.role,
    '',
    showNames ? '' : words.rolesCountedBelow,
    ...participants.map((p) => (showNames && p.role ? roleName(locale, p.role) : '')),
    ...Array.from({ length: header.length - 3 - participants.length }, () => ''),
  ]
  const roleCounts = rolesOf(participants)
    .map((role) => `${roleName(locale, role)}: ${participants.filter((p) => p.role === role).length}`)
    .join(' · ')
  // The workshop's details close the sheet: the first row stays the header that older sheets read.
  const details = workshop
    ? [
        [],
        [words.workshop, workshop.title],
        [words.organisation, workshop.organisation ?? ''],
        [words.date, workshop.date],
        [words.facilitator, workshop.facilitator ?? ''],
        [words.roles, roleCounts],
      ]
    : []
  return (
    BOM +
    [header, roleRow, ...rows, ...dimensionRows, ...details]
      .map((row) => row.map((v) => cell(v, separator)).join(separator))
      .join('\r\n') +
    '\r\n'
  )
}

// Words only the spreadsheet uses; the names of the team's figures come from LABELS, as on screen and in the PDF.
const CSV_WORDS: Record<
  Locale,
  {
    questionId: string
    question: string
    mean: string
    iqr: string
    count: (what: string) => string
    kind: string
    rank: string
    dimensionScore: string
    role: string
    rolesCountedBelow: string
    roles: string
    notes: string
    agreed: string
    decision: string
    actions: string
    owner: string
    due: string
    workshop: string
    organisation: string
    date: string
    facilitator: string
  }
> = {
  de: {
    questionId: 'Frage-ID',
    question: 'Frage',
    mean: 'Mittelwert',
    iqr: 'Interquartilsabstand',
    count: (what) => `${what} (Anzahl)`,
    kind: 'Einordnung',
    rank: 'Rang als Diskussionsthema',
    dimensionScore: 'Punkte der Dimension (0–100)',
    role: 'Rolle',
    rolesCountedBelow: 'anonym: nicht je Person, unten gezählt',
    roles: 'Rollen',
    notes: 'Anmerkungen',
    agreed: 'Vereinbarte Stufe',
    decision: 'Entscheidung',
    actions: 'Maßnahmen',
    owner: 'verantwortlich',
    due: 'bis',
    workshop: 'Workshop',
    organisation: 'Organisation',
    date: 'Datum',
    facilitator: 'Moderation',
  },
  en: {
    questionId: 'Question id',
    question: 'Question',
    mean: 'Mean',
    iqr: 'Interquartile range',
    count: (what) => `${what} (count)`,
    kind: 'Classification',
    rank: 'Rank as discussion topic',
    dimensionScore: 'Dimension score (0–100)',
    role: 'Role',
    rolesCountedBelow: 'anonymous: not per person, counted below',
    roles: 'Roles',
    notes: 'Notes',
    agreed: 'Agreed level',
    decision: 'Decision',
    actions: 'Actions',
    owner: 'owner',
    due: 'due',
    workshop: 'Workshop',
    organisation: 'Organisation',
    date: 'Date',
    facilitator: 'Facilitator',
  },
}
