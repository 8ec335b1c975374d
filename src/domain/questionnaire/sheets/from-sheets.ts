import { fromZodIssue } from '../../problems/issue.ts'
import { validateQuestionnaire } from '../load.ts'
import { FINDING_KINDS, questionnaireSchema, type Questionnaire } from '../schema.ts'
import {
  LEVEL_INDICES,
  REQUIRED_SHEETS,
  SCORING_KEYS,
  SETTINGS_KEYS,
  SHEET_NAMES,
  SHEETS,
  type SheetName,
} from './layout.ts'
import { locateIssue, type RowsOf } from './locate.ts'
import type { SheetProblem } from './problems.ts'
import { localizedSetting, readKeyValues, versionText } from './key-values.ts'
import { readTable, type RawSheet, type RowReader } from './read-table.ts'

/** A questionnaire, or every problem found, each with its sheet, row and column. */
export type SheetResult<T> = { ok: true; value: T } | { ok: false; problems: SheetProblem[] }

/**
 * Reads a questionnaire from its sheets (as `questionnaireToSheets` writes them): lists every
 * problem of the sheets, then checks the result with the questionnaire's schema, locating each of
 * its problems back at a sheet, row and column where it can.
 */
export function questionnaireFromSheets(sheets: readonly RawSheet[]): SheetResult<Questionnaire> {
  const problems: SheetProblem[] = []
  const byName = new Map(sheets.map((s) => [s.name.trim().toLowerCase(), s]))
  const sheet = (name: SheetName): RawSheet => {
    const found = byName.get(name)
    if (!found && REQUIRED_SHEETS.includes(name)) problems.push({ code: 'missingSheet', sheet: name })
    return found ?? { name, rows: [], merges: [] }
  }
  const table = (name: SheetName) => {
    const raw = sheet(name)
    return raw.rows.length === 0 ? [] : readTable(raw, SHEETS[name], problems)
  }
  const settingsSheet = sheet('settings')
  const settings = readKeyValues(settingsSheet, SHEETS.settings, SETTINGS_KEYS_LIST, problems)
  const scoringSheet = sheet('scoring')
  const scoring = readKeyValues(scoringSheet, SHEETS.scoring, SCORING_KEYS_LIST, problems)
  const rows: RowsOf = { settings: settings.rows, scoring: scoring.rows }

  const dimensionRows = table('dimensions')
  const questionRows = table('questions')
  const adoptionRows = table('adoption')
  const levelRows = table('maturity_levels')
  const findingRows = table('findings')
  const carryRows = table('carry_over')
  rows.dimensions = dimensionRows.map((r) => r.row)
  rows.questions = questionRows.map((r) => r.row)
  rows.adoption = adoptionRows.map((r) => r.row)
  rows.maturity_levels = levelRows.map((r) => r.row)

  const scoringValues: Record<string, unknown> = {}
  for (const key of SCORING_KEYS_LIST) {
    const value = key === 'businessModelDimension' ? scoring.get(key) : scoring.number(key)
    if (value !== undefined) scoringValues[key] = value
  }
  const intro = localizedSetting(settings, 'adoption_intro')
  const findings: Record<string, unknown> = {}
  rows.findings = {}
  for (const r of findingRows) {
    const kind = r.text('kind')
    if (kind === undefined) continue
    if (!(FINDING_KINDS as readonly string[]).includes(kind)) {
      problems.push({
        code: 'notChoice',
        sheet: 'findings',
        row: r.row,
        column: 'kind',
        detail: FINDING_KINDS.join(', '),
      })
      continue
    }
    if (Object.hasOwn(findings, kind)) {
      problems.push({ code: 'duplicateKey', sheet: 'findings', row: r.row, column: 'kind', detail: kind })
      continue
    }
    rows.findings[kind] = r.row
    const title = r.localized('title')
    const text = r.localized('text')
    findings[kind] = { ...(title ? { title } : {}), ...(text ? { text } : {}) }
  }
  const carryOver: { fromVersion: string; questions: Record<string, string> }[] = []
  rows.carry_over = []
  rows.carryOverPairs = new Map()
  for (const r of carryRows) {
    const raw = r.text('from_version')
    if (raw === undefined) continue
    const fromVersion = raw.match(/^\d+$/) ? `${raw}.0` : raw
    let entry = carryOver.find((e) => e.fromVersion === fromVersion)
    if (!entry) {
      entry = { fromVersion, questions: {} }
      carryOver.push(entry)
      rows.carry_over.push(r.row)
    }
    const from = r.text('old_question')
    const to = r.text('new_question')
    if ((from === undefined) !== (to === undefined))
      problems.push({
        code: 'missing',
        sheet: 'carry_over',
        row: r.row,
        column: from ? 'new_question' : 'old_question',
      })
    else if (from !== undefined && to !== undefined) {
      entry.questions[from] = to
      rows.carryOverPairs.set(`${carryOver.indexOf(entry)}|${from}`, r.row)
    }
  }

  const candidate = {
    ...(settings.get('$schema') !== undefined ? { $schema: settings.get('$schema') } : {}),
    id: settings.get('id'),
    version: versionText(settings.get('version'), settings.raw('version')),
    title: localizedSetting(settings, 'title'),
    description: localizedSetting(settings, 'description'),
    dimensions: dimensionRows.map((r) => ({
      id: r.text('id'),
      order: r.number('order'),
      layer: r.text('layer'),
      weight: r.number('weight'),
      title: r.localized('title'),
      description: r.localized('description'),
      ...optional('stepOwner', r.localized('step_owner')),
    })),
    questions: questionRows.map(readQuestion),
    scoring: scoringValues,
    maturityLevels: levelRows.map((r) => ({
      id: r.text('id'),
      min: r.number('min'),
      name: r.localized('name'),
      description: r.localized('description'),
    })),
    ...(intro || adoptionRows.length > 0
      ? {
          adoption: {
            intro,
            items: adoptionRows.map((r) => ({
              id: r.text('id'),
              title: r.localized('title'),
              examples: r.localized('examples'),
              worthItWhen: r.localized('worth_it_when'),
              settleFirst: r.list('settle_first'),
              weight: r.number('weight'),
            })),
          },
        }
      : {}),
    ...(findingRows.length > 0 ? { findings } : {}),
    ...(carryOver.length > 0 ? { carryOver } : {}),
  }
  // A missing sheet or column leaves whole parts unread: the rules would only repeat its consequences.
  if (problems.some((p) => STRUCTURAL.has(p.code))) return { ok: false, problems: inSheetOrder(problems) }
  const schemaCheck = questionnaireSchema.safeParse(candidate, { reportInput: true })
  if (schemaCheck.success && problems.length === 0)
    return validateQuestionnaire(candidate) as SheetResult<Questionnaire>
  if (!schemaCheck.success)
    problems.push(
      ...schemaCheck.error.issues
        .map((issue) => locateIssue({ path: issue.path, issue: fromZodIssue(issue) }, rows))
        .filter(isNew(problems)),
    )
  return { ok: false, problems: inSheetOrder(problems) }
}

const STRUCTURAL = new Set<SheetProblem['code']>(['missingSheet', 'missingColumn', 'tooManyRows'])
const SETTINGS_KEYS_LIST: readonly string[] = SETTINGS_KEYS
const SCORING_KEYS_LIST: readonly string[] = SCORING_KEYS

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>

function readQuestion(r: RowReader) {
  const urgency = r.number('risk_urgency')
  const effort = r.number('risk_effort')
  if ((urgency === undefined) !== (effort === undefined)) r.note(urgency === undefined ? 'risk_urgency' : 'risk_effort')
  return {
    id: r.text('id'),
    dimension: r.text('dimension'),
    title: r.localized('title'),
    prompt: r.localized('prompt'),
    why: r.localized('why'),
    levels: LEVEL_INDICES.map((i) => r.localized(`level_${i}`)),
    recommendations: LEVEL_INDICES.map((i) => r.localized(`recommendation_${i}`)),
    options: {
      dontKnow: r.yesNo('dont_know'),
      notApplicable: r.yesNo('not_applicable'),
      notNeeded: r.yesNo('not_needed'),
    },
    weight: r.number('weight'),
    ...optional('stepOwner', r.localized('step_owner')),
    ...(urgency !== undefined || effort !== undefined ? { risk: { urgency, effort } } : {}),
  }
}

/** Drops the schema's problems already reported at the same place by the sheets' own reading. */
function isNew(known: readonly SheetProblem[]) {
  // A language column's problem covers its pair's (`why::en` missing → `why` incomplete).
  const places = new Set(
    known.flatMap((p) => [`${p.sheet}|${p.row}|${p.column}`, `${p.sheet}|${p.row}|${p.column?.split('::')[0]}`]),
  )
  const missingSheets = new Set(known.filter((p) => p.code === 'missingSheet').map((p) => p.sheet))
  const headerTrouble = new Set(known.filter((p) => p.code === 'missingColumn').map((p) => p.sheet))
  return (p: SheetProblem) =>
    !places.has(`${p.sheet}|${p.row}|${p.column}`) && !missingSheets.has(p.sheet) && !headerTrouble.has(p.sheet)
}

/** Problems as a person walks the file: sheet by sheet, top to bottom (the file's own problems first). */
function inSheetOrder(problems: SheetProblem[]): SheetProblem[] {
  const rank = (p: SheetProblem) => (p.sheet === undefined ? -1 : SHEET_NAMES.indexOf(p.sheet as SheetName))
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) => rank(a.problem) - rank(b.problem) || (a.problem.row ?? 0) - (b.problem.row ?? 0) || a.index - b.index,
    )
    .map(({ problem }) => problem)
}
