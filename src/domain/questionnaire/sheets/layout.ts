import { FINDING_KINDS, LOCALES, type Locale } from '../schema.ts'

/**
 * The spreadsheet form of a questionnaire, after XLSForm's habits: one sheet per concern, one row per
 * thing, a language suffix on every text column (`title::de`, `title::en`). Sheet and column names
 * are fixed English words, the same for every user, so a file travels between German and English
 * consultants and the command line; messages name them in the user's language.
 */
export const SHEET_NAMES = [
  'about',
  'settings',
  'scoring',
  'dimensions',
  'questions',
  'adoption',
  'maturity_levels',
  'findings',
  'carry_over',
] as const
export type SheetName = (typeof SHEET_NAMES)[number]

/** How a column's cells are read and written. */
export type ColumnKind = 'id' | 'text' | 'number' | 'yesNo' | 'list' | 'choice'

export interface ColumnSpec {
  name: string
  kind: ColumnKind
  /** A cell must be filled (a column of an optional field may be left out or empty). */
  required: boolean
  /** Approximate width in characters. */
  width: number
  /** The fixed values a `choice` column offers, or the sheet whose first column lists them. */
  choices?: readonly string[] | { sheet: SheetName }
  meaning: Record<Locale, string>
}

export interface SheetSpec {
  name: SheetName
  columns: ColumnSpec[]
  /** At most this many rows of data (the schema's own limits). */
  maxRows: number
  meaning: Record<Locale, string>
}

const col = (
  name: string,
  kind: ColumnKind,
  required: boolean,
  width: number,
  de: string,
  en: string,
  choices?: ColumnSpec['choices'],
): ColumnSpec => ({ name, kind, required, width, meaning: { de, en }, ...(choices ? { choices } : {}) })

/** A text in both languages: two columns, `name::de` and `name::en`. */
const localized = (name: string, required: boolean, width: number, de: string, en: string): ColumnSpec[] =>
  LOCALES.map((locale) => col(`${name}::${locale}`, 'text', required, width, de, en))

export const YES_NO = ['yes', 'no'] as const
export const LEVEL_INDICES = [0, 1, 2, 3, 4] as const

/** The key/value sheets: one row per setting, columns `key` and `value`. */
export const KEY_VALUE_COLUMNS: ColumnSpec[] = [
  col('key', 'id', true, 28, 'Name der Einstellung.', 'Name of the setting.'),
  col('value', 'text', false, 60, 'Ihr Wert.', 'Its value.'),
]

/** The rows of the settings sheet, in order: what the questionnaire is. */
export const SETTINGS_KEYS = [
  'id',
  'version',
  'title::de',
  'title::en',
  'description::de',
  'description::en',
  'adoption_intro::de',
  'adoption_intro::en',
  '$schema',
] as const

export const SCORING_KEYS = [
  'foundationWeight',
  'toolsWeight',
  'toolSlack',
  'businessModelDimension',
  'relevanceThreshold',
  'toolsAheadThreshold',
  'adoptionAheadMargin',
  'wellUsedShare',
  'foundationCarriesFrom',
  'adoptionLagsBelow',
  'weakBusinessModelBelow',
  'laggingAreaGap',
  'manyUnknownsShare',
  'actionPlanSize',
] as const

const dimensionColumns: ColumnSpec[] = [
  col('id', 'id', true, 22, 'Kennung des Bereichs (a-z, 0-9, -).', 'Id of the area (a-z, 0-9, -).'),
  col('order', 'number', true, 8, 'Reihenfolge (0, 1, 2, …).', 'Order (0, 1, 2, …).'),
  col(
    'layer',
    'choice',
    true,
    12,
    'foundation (Geschäftsmodell, Kunden, Leute) oder tools (Technik).',
    'foundation (business model, customers, staff) or tools (technology).',
    ['foundation', 'tools'],
  ),
  col('weight', 'number', true, 8, 'Gewicht des Bereichs (> 0).', 'Weight of the area (> 0).'),
  ...localized('title', true, 30, 'Name des Bereichs.', 'Name of the area.'),
  ...localized('description', true, 50, 'Beschreibung.', 'Description.'),
  ...localized(
    'step_owner',
    false,
    24,
    'Wer die Schritte meist übernimmt (optional).',
    'Who usually takes the steps (optional).',
  ),
]

const questionColumns: ColumnSpec[] = [
  col('id', 'id', true, 22, 'Kennung der Frage.', 'Id of the question.'),
  col('dimension', 'choice', true, 20, 'Bereich (Kennung aus „dimensions“).', 'Area (id from “dimensions”).', {
    sheet: 'dimensions',
  }),
  ...localized('title', true, 28, 'Kurzer Name des Themas.', 'Short name of the topic.'),
  ...localized('prompt', true, 45, 'Die Frage.', 'The question.'),
  ...localized('why', true, 45, 'Warum das zählt (Hilfetext).', 'Why it matters (help text).'),
  ...LEVEL_INDICES.flatMap((i) =>
    localized(`level_${i}`, true, 40, `Stufe ${i}: beobachtbarer Zustand.`, `Level ${i}: an observable state.`),
  ),
  ...LEVEL_INDICES.flatMap((i) =>
    localized(
      `recommendation_${i}`,
      true,
      40,
      `Empfehlung auf Stufe ${i}: der nächste kleine Schritt.`,
      `Recommendation at level ${i}: the next small step.`,
    ),
  ),
  col('weight', 'number', true, 8, 'Gewicht der Frage (> 0).', 'Weight of the question (> 0).'),
  col('dont_know', 'yesNo', true, 10, '„Weiß ich nicht“ anbieten (yes/no).', 'Offer “don’t know” (yes/no).', YES_NO),
  col('not_applicable', 'yesNo', true, 10, '„Trifft nicht zu“ anbieten.', 'Offer “not applicable”.', YES_NO),
  col(
    'not_needed',
    'yesNo',
    true,
    10,
    '„Nicht nötig“ anbieten (nur tools).',
    'Offer “not needed” (tools only).',
    YES_NO,
  ),
  ...localized('step_owner', false, 24, 'Wer den Schritt übernimmt (optional).', 'Who takes the step (optional).'),
  col('risk_urgency', 'number', false, 10, 'Risiko: Dringlichkeit 1–3 (optional).', 'Risk: urgency 1–3 (optional).'),
  col('risk_effort', 'number', false, 10, 'Risiko: Aufwand 1–3 (optional).', 'Risk: effort 1–3 (optional).'),
]

const adoptionColumns: ColumnSpec[] = [
  col('id', 'id', true, 22, 'Kennung der Werkzeugart.', 'Id of the kind of tool.'),
  ...localized('title', true, 28, 'Name.', 'Name.'),
  ...localized('examples', true, 40, 'Was dazu zählt.', 'What counts as one.'),
  ...localized('worth_it_when', true, 45, 'Wann es sich lohnt.', 'When it is worth having.'),
  col(
    'settle_first',
    'list',
    false,
    30,
    'Fragen (Kennungen, mit Komma getrennt), die vorher Stufe 2 erreichen sollten.',
    'Questions (ids, comma-separated) to settle to level 2 first.',
  ),
  col('weight', 'number', true, 8, 'Gewicht (> 0).', 'Weight (> 0).'),
]

const maturityColumns: ColumnSpec[] = [
  col('id', 'id', true, 18, 'Kennung der Reifestufe.', 'Id of the maturity level.'),
  col('min', 'number', true, 8, 'Niedrigster Wert (0–100).', 'Lowest score (0–100).'),
  ...localized('name', true, 24, 'Name.', 'Name.'),
  ...localized('description', true, 50, 'Beschreibung.', 'Description.'),
]

const findingColumns: ColumnSpec[] = [
  col('kind', 'choice', true, 26, 'Welcher Befund.', 'Which finding.', FINDING_KINDS),
  ...localized('title', false, 30, 'Eigene Überschrift (optional).', 'Own title (optional).'),
  ...localized('text', false, 50, 'Eigene Erklärung (optional).', 'Own explanation (optional).'),
]

const carryOverColumns: ColumnSpec[] = [
  col('from_version', 'text', true, 14, 'Frühere Version.', 'Earlier version.'),
  col('old_question', 'id', false, 24, 'Frage der früheren Version.', 'Question of the earlier version.'),
  col('new_question', 'id', false, 24, 'Frage dieser Version.', 'Question of this version.'),
]

const sheet = (name: SheetName, columns: ColumnSpec[], maxRows: number, de: string, en: string): SheetSpec => ({
  name,
  columns,
  maxRows,
  meaning: { de, en },
})

/** Every sheet in the order of the file; `about` explains the others and is not read back. */
export const SHEETS: Record<SheetName, SheetSpec> = {
  about: sheet('about', [], 0, 'Diese Erläuterung.', 'This explanation.'),
  settings: sheet('settings', KEY_VALUE_COLUMNS, 20, 'Was der Fragebogen ist.', 'What the questionnaire is.'),
  scoring: sheet('scoring', KEY_VALUE_COLUMNS, 20, 'Parameter der Bewertung.', 'Scoring parameters.'),
  dimensions: sheet('dimensions', dimensionColumns, 20, 'Ein Bereich je Zeile.', 'One area per row.'),
  questions: sheet('questions', questionColumns, 500, 'Eine Frage je Zeile.', 'One question per row.'),
  adoption: sheet('adoption', adoptionColumns, 50, 'Werkzeug-Inventar.', 'Adoption inventory.'),
  maturity_levels: sheet('maturity_levels', maturityColumns, 10, 'Reifestufen.', 'Maturity levels.'),
  findings: sheet('findings', findingColumns, FINDING_KINDS.length, 'Eigene Befund-Texte.', 'Own finding texts.'),
  carry_over: sheet(
    'carry_over',
    carryOverColumns,
    2000,
    'Was aus früheren Versionen übernommen wird.',
    'What carries over from earlier versions.',
  ),
}

/** Sheets a questionnaire cannot do without. */
export const REQUIRED_SHEETS: readonly SheetName[] = [
  'settings',
  'scoring',
  'dimensions',
  'questions',
  'maturity_levels',
]
