// The key/value sheets (settings, scoring): one row per setting, columns `key` and `value`.
import type { SheetSpec } from './layout.ts'
import type { SheetProblem } from './problems.ts'
import { readTable, type RawCell, type RawSheet, type RowReader } from './read-table.ts'

/** A version typed as a number in a spreadsheet (1 or 1.1) back to the text it meant ("1.0", "1.1"). */
export const versionText = (value: string | undefined, cell: RawCell | undefined) =>
  typeof cell === 'number' && Number.isInteger(cell) ? `${cell}.0` : value

interface KeyValues {
  get: (key: string) => string | undefined
  number: (key: string) => number | undefined
  raw: (key: string) => RawCell | undefined
  rows: Map<string, number>
}

export function readKeyValues(sheet: RawSheet, spec: SheetSpec, keys: readonly string[], problems: SheetProblem[]) {
  const rows = new Map<string, number>()
  const values = new Map<string, { reader: RowReader; raw: RawCell | undefined }>()
  const valueColumn = (sheet.rows[0] ?? []).findIndex(
    (c) => typeof c === 'string' && c.trim().toLowerCase() === 'value',
  )
  for (const reader of readTable(sheet, spec, problems)) {
    const key = reader.text('key')
    if (key === undefined) continue
    if (!keys.includes(key))
      problems.push({ code: 'unknownKey', sheet: spec.name, row: reader.row, column: 'key', detail: key })
    else if (rows.has(key))
      problems.push({ code: 'duplicateKey', sheet: spec.name, row: reader.row, column: 'key', detail: key })
    else {
      rows.set(key, reader.row)
      values.set(key, { reader, raw: sheet.rows[reader.row - 1]?.[valueColumn] })
    }
  }
  const kv: KeyValues = {
    rows,
    get: (key) => values.get(key)?.reader.text('value'),
    number: (key) => {
      const entry = values.get(key)
      return entry && entry.reader.has('value') ? entry.reader.number('value') : undefined
    },
    raw: (key) => values.get(key)?.raw,
  }
  return kv
}

export const localizedSetting = (kv: KeyValues, base: string) => {
  const de = kv.get(`${base}::de`)
  const en = kv.get(`${base}::en`)
  return de === undefined && en === undefined ? undefined : { de, en }
}
