import { FINDING_KINDS, LOCALES, type LocalizedText, type Questionnaire } from '../schema.ts'
import {
  LEVEL_INDICES,
  SCORING_KEYS,
  SHEET_NAMES,
  SHEETS,
  type ColumnSpec,
  type SheetName,
  type SheetSpec,
} from './layout.ts'

/** A cell as the workbook holds it: no library types, so the domain stays plain. */
export type CellValue = string | number | boolean | null

/** One sheet to write: its columns (header, width, drop-downs) and its rows of data. */
export interface SheetTable {
  name: SheetName
  columns: ColumnSpec[]
  rows: CellValue[][]
}

const loc = (name: string, text: LocalizedText | undefined): [string, CellValue][] =>
  LOCALES.map((locale) => [`${name}::${locale}`, text ? text[locale] : null])

const yesNo = (value: boolean) => (value ? 'yes' : 'no')

function table(spec: SheetSpec, records: Record<string, CellValue>[]): SheetTable {
  return {
    name: spec.name,
    columns: spec.columns,
    rows: records.map((record) => spec.columns.map((column) => record[column.name] ?? null)),
  }
}

function keyValue(spec: SheetSpec, pairs: [string, CellValue][]): SheetTable {
  return table(
    spec,
    pairs.map(([key, value]) => ({ key, value })),
  )
}

/** The explanation sheet: every column of every sheet, in both languages. */
function aboutSheet(): SheetTable {
  const columns: ColumnSpec[] = [
    { name: 'sheet', kind: 'text', required: true, width: 18, meaning: { de: 'Blatt', en: 'Sheet' } },
    { name: 'column', kind: 'text', required: true, width: 24, meaning: { de: 'Spalte', en: 'Column' } },
    { name: 'required', kind: 'text', required: true, width: 10, meaning: { de: 'Pflicht', en: 'Required' } },
    { name: 'meaning::de', kind: 'text', required: true, width: 60, meaning: { de: 'Bedeutung', en: 'Meaning' } },
    { name: 'meaning::en', kind: 'text', required: true, width: 60, meaning: { de: 'Bedeutung', en: 'Meaning' } },
  ]
  const rows: CellValue[][] = SHEET_NAMES.filter((name) => name !== 'about').flatMap((name) => {
    const spec = SHEETS[name]
    return [
      [name, '', '', spec.meaning.de, spec.meaning.en],
      ...spec.columns.map((c) => [name, c.name, c.required ? 'yes' : 'no', c.meaning.de, c.meaning.en]),
    ]
  })
  return { name: 'about', columns, rows }
}

/**
 * The questionnaire as sheets of plain rows, the first explaining every column. Reading them back
 * with `questionnaireFromSheets` gives the same questionnaire: nothing is left out.
 */
export function questionnaireToSheets(q: Questionnaire): SheetTable[] {
  const sheets: SheetTable[] = [aboutSheet()]
  sheets.push(
    keyValue(SHEETS.settings, [
      ['id', q.id],
      ['version', q.version],
      ...loc('title', q.title),
      ...loc('description', q.description),
      ...loc('adoption_intro', q.adoption?.intro),
      ['$schema', q.$schema ?? null],
    ]),
  )
  sheets.push(
    keyValue(
      SHEETS.scoring,
      SCORING_KEYS.map((key) => [key, q.scoring[key] ?? null]),
    ),
  )
  sheets.push(
    table(
      SHEETS.dimensions,
      q.dimensions.map((d) => ({
        id: d.id,
        order: d.order,
        layer: d.layer,
        weight: d.weight,
        ...Object.fromEntries([...loc('title', d.title), ...loc('description', d.description)]),
        ...Object.fromEntries(loc('step_owner', d.stepOwner)),
      })),
    ),
  )
  sheets.push(
    table(
      SHEETS.questions,
      q.questions.map((question) => ({
        id: question.id,
        dimension: question.dimension,
        ...Object.fromEntries([
          ...loc('title', question.title),
          ...loc('prompt', question.prompt),
          ...loc('why', question.why),
          ...LEVEL_INDICES.flatMap((i) => loc(`level_${i}`, question.levels[i])),
          ...LEVEL_INDICES.flatMap((i) => loc(`recommendation_${i}`, question.recommendations[i])),
          ...loc('step_owner', question.stepOwner),
        ]),
        weight: question.weight,
        dont_know: yesNo(question.options.dontKnow),
        not_applicable: yesNo(question.options.notApplicable),
        not_needed: yesNo(question.options.notNeeded),
        risk_urgency: question.risk?.urgency ?? null,
        risk_effort: question.risk?.effort ?? null,
      })),
    ),
  )
  sheets.push(
    table(
      SHEETS.adoption,
      (q.adoption?.items ?? []).map((item) => ({
        id: item.id,
        ...Object.fromEntries([
          ...loc('title', item.title),
          ...loc('examples', item.examples),
          ...loc('worth_it_when', item.worthItWhen),
        ]),
        settle_first: item.settleFirst.join(', '),
        weight: item.weight,
      })),
    ),
  )
  sheets.push(
    table(
      SHEETS.maturity_levels,
      q.maturityLevels.map((level) => ({
        id: level.id,
        min: level.min,
        ...Object.fromEntries([...loc('name', level.name), ...loc('description', level.description)]),
      })),
    ),
  )
  const findings = q.findings ?? {}
  sheets.push(
    table(
      SHEETS.findings,
      FINDING_KINDS.filter((kind) => findings[kind] !== undefined).map((kind) => ({
        kind,
        ...Object.fromEntries([...loc('title', findings[kind]?.title), ...loc('text', findings[kind]?.text)]),
      })),
    ),
  )
  sheets.push(
    table(
      SHEETS.carry_over,
      (q.carryOver ?? []).flatMap((entry) => {
        const pairs = Object.entries(entry.questions)
        // An entry that keeps no answer still says the version was considered: one row without questions.
        if (pairs.length === 0) return [{ from_version: entry.fromVersion }]
        return pairs.map(([from, to]) => ({ from_version: entry.fromVersion, old_question: from, new_question: to }))
      }),
    ),
  )
  return sheets
}
