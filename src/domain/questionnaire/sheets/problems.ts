import type { ProblemIssue } from '../../problems/issue.ts'
import { problemSentence } from '../../problems/text.ts'
import type { ValidationProblem } from '../../validation.ts'
import type { Locale } from '../schema.ts'
import type { SheetName } from './layout.ts'

/** What can be wrong with a spreadsheet, before and after the questionnaire's own rules. */
export type SheetProblemCode =
  | 'missing'
  | 'missingSheet'
  | 'missingColumn'
  | 'unknownColumn'
  | 'duplicateColumn'
  | 'unknownKey'
  | 'duplicateKey'
  | 'merged'
  | 'formula'
  | 'notText'
  | 'notNumber'
  | 'notYesNo'
  | 'notChoice'
  | 'tooManyRows'
  | 'tooLarge'
  | 'unpackedTooLarge'
  | 'xls'
  | 'ods'
  | 'notSpreadsheet'
  | 'unreadable'
  | 'rule'

/**
 * One problem located as a person finds it in the spreadsheet: sheet, row (as numbered on screen,
 * the header is row 1) and column name. `detail` carries the allowed values, a limit, or the
 * questionnaire rule's own message.
 */
export interface SheetProblem {
  code: SheetProblemCode
  sheet?: SheetName | string
  row?: number
  column?: string
  detail?: string
  /** What a questionnaire rule found (code 'rule'): said by the domain's problem catalog. */
  issue?: ProblemIssue
}

interface Words {
  sheets: Record<SheetName, string>
  row: string
  column: string
  file: string
  messages: Record<SheetProblemCode, (detail: string) => string>
}

export const SHEET_WORDS: Record<Locale, Words> = {
  de: {
    sheets: {
      about: 'Erläuterung',
      settings: 'Einstellungen',
      scoring: 'Bewertung',
      dimensions: 'Bereiche',
      questions: 'Fragen',
      adoption: 'Werkzeug-Inventar',
      maturity_levels: 'Reifestufen',
      findings: 'Befunde',
      carry_over: 'Übernahme',
    },
    row: 'Zeile',
    column: 'Spalte',
    file: 'Datei',
    messages: {
      missing: () => 'fehlt',
      missingSheet: () => 'Blatt fehlt',
      missingColumn: () => 'Spalte fehlt (umbenannt oder gelöscht?)',
      unknownColumn: () => 'unbekannte Spalte: bitte den ursprünglichen Namen verwenden oder die Spalte löschen',
      duplicateColumn: () => 'Spalte kommt doppelt vor',
      unknownKey: (d) => `unbekannte Einstellung „${d}“`,
      duplicateKey: (d) => `„${d}“ steht doppelt`,
      merged: (d) => `verbundene Zellen (${d}): bitte die Verbindung aufheben`,
      formula: () => 'Formel statt Text: bitte den Text selbst eintragen',
      notText: () => 'kein Text',
      notNumber: () => 'muss eine Zahl sein',
      notYesNo: () => 'muss yes oder no sein',
      notChoice: (d) => `muss einer dieser Werte sein: ${d}`,
      tooManyRows: (d) => `zu viele Zeilen (höchstens ${d})`,
      tooLarge: (d) => `Datei zu groß (höchstens ${d} MB)`,
      unpackedTooLarge: (d) => `entpackt zu groß (höchstens ${d} MB): keine gewöhnliche Excel-Datei`,
      xls: () => 'eine alte Excel-Datei (.xls): bitte in Excel als .xlsx speichern',
      ods: () => 'eine OpenDocument-Tabelle (.ods): bitte als .xlsx speichern',
      notSpreadsheet: () => 'keine Excel-Datei (.xlsx)',
      unreadable: (d) => `kann nicht gelesen werden (${d})`,
      rule: (d) => d,
    },
  },
  en: {
    sheets: {
      about: 'About',
      settings: 'Settings',
      scoring: 'Scoring',
      dimensions: 'Dimensions',
      questions: 'Questions',
      adoption: 'Adoption inventory',
      maturity_levels: 'Maturity levels',
      findings: 'Findings',
      carry_over: 'Carry-over',
    },
    row: 'row',
    column: 'column',
    file: 'File',
    messages: {
      missing: () => 'missing',
      missingSheet: () => 'sheet missing',
      missingColumn: () => 'column missing (renamed or deleted?)',
      unknownColumn: () => 'unknown column: use its original name or delete it',
      duplicateColumn: () => 'column appears twice',
      unknownKey: (d) => `unknown setting “${d}”`,
      duplicateKey: (d) => `“${d}” appears twice`,
      merged: (d) => `merged cells (${d}): please unmerge them`,
      formula: () => 'a formula where text belongs: please type the text itself',
      notText: () => 'not text',
      notNumber: () => 'must be a number',
      notYesNo: () => 'must be yes or no',
      notChoice: (d) => `must be one of: ${d}`,
      tooManyRows: (d) => `too many rows (at most ${d})`,
      tooLarge: (d) => `file too large (at most ${d} MB)`,
      unpackedTooLarge: (d) => `too large once unpacked (at most ${d} MB): not an ordinary Excel file`,
      xls: () => 'an old Excel file (.xls): please save it as .xlsx in Excel',
      ods: () => 'an OpenDocument spreadsheet (.ods): please save it as .xlsx',
      notSpreadsheet: () => 'not an Excel file (.xlsx)',
      unreadable: (d) => `cannot be read (${d})`,
      rule: (d) => d,
    },
  },
}

/** Where a problem is, as a person reads it: "Fragen, Zeile 14, Spalte level_3::en". */
export function describeSheetLocation(problem: SheetProblem, locale: Locale): string {
  const words = SHEET_WORDS[locale]
  const parts: string[] = []
  if (problem.sheet === undefined) parts.push(words.file)
  else parts.push(words.sheets[problem.sheet as SheetName] ?? problem.sheet)
  if (problem.row !== undefined) parts.push(`${words.row} ${problem.row}`)
  if (problem.column !== undefined) parts.push(`${words.column} ${problem.column}`)
  return parts.join(', ')
}

/** The problems in the user's language, as the app's problem list and the CLI show them. */
export function describeSheetProblems(problems: readonly SheetProblem[], locale: Locale): ValidationProblem[] {
  const words = SHEET_WORDS[locale]
  return problems.map((problem) => {
    const detail = problem.detail ?? ''
    const message =
      problem.code === 'rule' && problem.issue
        ? problemSentence(problem.issue, locale)
        : words.messages[problem.code](detail)
    return { path: describeSheetLocation(problem, locale), message }
  })
}
