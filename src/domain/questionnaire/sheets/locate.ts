import type { ProblemIssue } from '../../problems/issue.ts'
import type { SheetName } from './layout.ts'
import type { SheetProblem } from './problems.ts'

/** Where each read thing came from: the spreadsheet row of each array element or setting. */
export interface RowsOf {
  settings: Map<string, number>
  scoring: Map<string, number>
  dimensions?: number[]
  questions?: number[]
  adoption?: number[]
  maturity_levels?: number[]
  findings?: Record<string, number>
  carry_over?: number[]
  /** `${entry index}|${old question}` → its row. */
  carryOverPairs?: Map<string, number>
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const SINGULAR: Record<string, string> = { levels: 'level', recommendations: 'recommendation' }

/** `['levels', 3, 'en']` → `level_3::en`; `['options', 'dontKnow']` → `dont_know`; `['risk', 'effort']` → `risk_effort`. */
export function columnOf(path: readonly PropertyKey[]): string | undefined {
  let name = ''
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]
    if (typeof segment === 'number') {
      if (SINGULAR[String(path[i - 1])] !== undefined) name += `_${segment}`
    } else if (segment === 'de' || segment === 'en') name += `::${segment}`
    else if (segment === 'options' && i === 0) continue
    else if (segment === 'risk') name = path[i + 1] === undefined ? 'risk_urgency' : 'risk_'
    else if (typeof segment === 'string') name += SINGULAR[segment] ?? snake(segment)
  }
  return name || undefined
}

const issueAt = (
  sheet: SheetName,
  row: number | undefined,
  column: string | undefined,
  issue: ProblemIssue,
): SheetProblem => ({
  code: 'rule',
  sheet,
  ...(row !== undefined ? { row } : {}),
  ...(column !== undefined ? { column } : {}),
  issue,
})

const ARRAYS: Record<string, 'dimensions' | 'questions' | 'maturity_levels'> = {
  dimensions: 'dimensions',
  questions: 'questions',
  maturityLevels: 'maturity_levels',
}

/** Finds the sheet, row and column a problem of the questionnaire's schema points at. */
export function locateIssue(issue: { path: readonly PropertyKey[]; issue: ProblemIssue }, rows: RowsOf): SheetProblem {
  const [first, second, ...rest] = issue.path
  const key = String(first)
  const arraySheet = ARRAYS[key]
  if (arraySheet) {
    const row = typeof second === 'number' ? rows[arraySheet]?.[second] : undefined
    return issueAt(arraySheet, row, typeof second === 'number' ? columnOf(rest) : undefined, issue.issue)
  }
  if (key === 'scoring') {
    const setting = second === undefined ? undefined : String(second)
    const row = setting === undefined ? undefined : rows.scoring.get(setting)
    return issueAt('scoring', row, row === undefined ? setting : 'value', issue.issue)
  }
  if (key === 'adoption' && second === 'items') {
    const [index, ...field] = rest
    const row = typeof index === 'number' ? rows.adoption?.[index] : undefined
    return issueAt('adoption', row, typeof index === 'number' ? columnOf(field) : undefined, issue.issue)
  }
  if (key === 'findings') {
    const row = second === undefined ? undefined : rows.findings?.[String(second)]
    return issueAt('findings', row, columnOf(rest), issue.issue)
  }
  if (key === 'carryOver') {
    const pair = rest[0] === 'questions' ? rows.carryOverPairs?.get(`${String(second)}|${String(rest[1])}`) : undefined
    const row = pair ?? (typeof second === 'number' ? rows.carry_over?.[second] : undefined)
    const column = rest[0] === 'fromVersion' ? 'from_version' : rest[0] === 'questions' ? 'new_question' : undefined
    return issueAt('carry_over', row, column, issue.issue)
  }
  // The rest are settings: id, version, title, description, the inventory's intro.
  const setting = key === 'adoption' ? columnOf(['adoptionIntro', ...issue.path.slice(2)]) : columnOf(issue.path)
  const row = setting === undefined ? undefined : rows.settings.get(setting)
  return issueAt('settings', row, row === undefined ? setting : 'value', issue.issue)
}
