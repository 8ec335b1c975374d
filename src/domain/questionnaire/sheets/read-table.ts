import { LOCALES, type LocalizedText } from '../schema.ts'
import type { ColumnSpec, SheetSpec } from './layout.ts'
import type { SheetProblem } from './problems.ts'
import type { CellValue } from './to-sheets.ts'

/** A cell as read from a file: a plain value, or what the questionnaire cannot take (a formula, a date, an error). */
export type RawCell = CellValue | { formula: string } | { date: string } | { error: string }

/** A sheet as read from a file: rows of cells (the first is the header) and its merged ranges ("B3:C4"). */
export interface RawSheet {
  name: string
  rows: RawCell[][]
  merges: string[]
}

const isEmpty = (cell: RawCell | undefined) => cell === null || cell === undefined || cell === ''

/** "AB12" → { column: 27, row: 12 } (1-based). */
export function parseCellAddress(address: string): { column: number; row: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase())
  if (!match) return undefined
  let column = 0
  for (const letter of match[1]!) column = column * 26 + (letter.charCodeAt(0) - 64)
  return { column, row: Number(match[2]) }
}

/** The cells of one data row, read by column name; every problem is noted with its place. */
export interface RowReader {
  /** The row's number as the spreadsheet shows it. */
  row: number
  text: (column: string) => string | undefined
  localized: (base: string) => LocalizedText | undefined
  number: (column: string) => number | undefined
  yesNo: (column: string) => boolean | undefined
  list: (column: string) => string[]
  has: (column: string) => boolean
  /** Notes a cell as missing (when only another cell makes it needed). */
  note: (column: string) => void
}

/**
 * Reads a sheet's rows by the header's column names: names a missing, unknown or doubled column, a
 * merged cell, a formula, too many rows. Empty rows are skipped. Returns no rows when the header is unusable.
 */
export function readTable(sheet: RawSheet, spec: SheetSpec, problems: SheetProblem[]): RowReader[] {
  const at = (row: number, column?: string, code: SheetProblem['code'] = 'missing', detail?: string) =>
    problems.push({
      code,
      sheet: spec.name,
      row,
      ...(column !== undefined ? { column } : {}),
      ...(detail !== undefined ? { detail } : {}),
    })
  const header = (sheet.rows[0] ?? []).map((cell) => (typeof cell === 'string' ? cell.trim() : cell))
  const index = new Map<string, number>()
  header.forEach((name, i) => {
    if (isEmpty(name)) return
    const key = String(typeof name === 'object' && name !== null ? '' : name).toLowerCase()
    if (index.has(key)) at(1, String(name), 'duplicateColumn')
    else index.set(key, i)
    if (!spec.columns.some((c) => c.name.toLowerCase() === key)) at(1, String(name), 'unknownColumn')
  })
  let headerOk = true
  for (const column of spec.columns)
    if (column.required && !index.has(column.name.toLowerCase())) {
      at(1, column.name, 'missingColumn')
      headerOk = false
    }
  const nameAt = (columnIndex: number) => {
    const name = header[columnIndex]
    return typeof name === 'string' && name ? name : undefined
  }
  for (const range of sheet.merges) {
    const start = parseCellAddress(range.split(':')[0] ?? '')
    at(start?.row ?? 1, start ? nameAt(start.column - 1) : undefined, 'merged', range)
  }
  if (!headerOk) return []
  const specOf = new Map(spec.columns.map((c) => [c.name, c]))
  const readers: RowReader[] = []
  for (let r = 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? []
    if (cells.every(isEmpty)) continue
    if (readers.length === spec.maxRows) {
      at(r + 1, undefined, 'tooManyRows', String(spec.maxRows))
      break
    }
    readers.push(rowReader(r + 1, (name) => cells[index.get(name.toLowerCase()) ?? -1], specOf, at))
  }
  return readers
}

function rowReader(
  row: number,
  cellOf: (name: string) => RawCell | undefined,
  specOf: Map<string, ColumnSpec>,
  at: (row: number, column: string, code?: SheetProblem['code'], detail?: string) => void,
): RowReader {
  /** A cell's plain value, or undefined when empty or unusable (noted). */
  const plain = (column: string): string | number | boolean | undefined => {
    const cell = cellOf(column)
    if (typeof cell === 'string') {
      const trimmed = cell.trim()
      if (trimmed) return trimmed
    } else if (typeof cell === 'number' || typeof cell === 'boolean') return cell
    else if (cell !== null && cell !== undefined) {
      at(row, column, 'formula' in cell ? 'formula' : 'notText')
      return undefined
    }
    if (specOf.get(column)?.required) at(row, column)
    return undefined
  }
  const text = (column: string) => {
    const value = plain(column)
    return value === undefined ? undefined : String(value)
  }
  return {
    row,
    has: (column) => !isEmpty(cellOf(column)),
    note: (column) => at(row, column),
    text,
    localized: (base) => {
      const columns = LOCALES.map((locale) => `${base}::${locale}`)
      const filled = columns.filter((c) => !isEmpty(cellOf(c)))
      // An optional text left out in both languages is absent; in one language only, the other is missing.
      if (filled.length === 0 && !specOf.get(columns[0]!)?.required) return undefined
      const [de, en] = columns.map((c) => text(c) ?? (specOf.get(c)?.required ? undefined : (at(row, c), undefined)))
      return de !== undefined && en !== undefined ? { de, en } : undefined
    },
    number: (column) => {
      const value = plain(column)
      if (value === undefined) return undefined
      const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
      if (Number.isFinite(number)) return number
      at(row, column, 'notNumber')
      return undefined
    },
    yesNo: (column) => {
      const value = plain(column)
      if (value === undefined || typeof value === 'boolean') return value
      const word = String(value).toLowerCase()
      if (['yes', 'ja', 'true', 'wahr', '1'].includes(word)) return true
      if (['no', 'nein', 'false', 'falsch', '0'].includes(word)) return false
      at(row, column, 'notYesNo')
      return undefined
    },
    list: (column) => {
      const value = text(column)
      return value === undefined ? [] : value.split(/[\s,;]+/).filter(Boolean)
    },
  }
}
