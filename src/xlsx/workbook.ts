// The one module that knows the spreadsheet library (exceljs): it turns the domain's plain sheets
// into an .xlsx file and an .xlsx file back into plain rows. Browser and CLI both use it, and load it
// only when a spreadsheet is written or read, so the library never weighs on the start page.
import type * as ExcelJS from 'exceljs'
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs'
import type { RawCell, RawSheet, SheetTable } from '../domain/index.ts'

type ExcelModule = typeof ExcelJS

async function excel(): Promise<ExcelModule> {
  const module = (await import('exceljs')) as ExcelModule & { default?: ExcelModule }
  return module.default ?? module
}

/** Rows a sheet may hold beyond which reading stops: the largest sheet's limit, plus one to say "too many". */
const READ_ROW_LIMIT = 10_002
/** Drop-downs reach this many rows below the data, so new rows get them too. */
const SPARE_ROWS = 200

const columnLetter = (index: number): string => {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

function writeSheet(workbook: Workbook, table: SheetTable): void {
  const sheet = workbook.addWorksheet(table.name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: table.name === 'questions' ? 1 : 0 }],
  })
  sheet.columns = table.columns.map((column) => ({ header: column.name, key: column.name, width: column.width }))
  for (const row of table.rows) sheet.addRow(row)
  const header = sheet.getRow(1)
  header.font = { bold: true }
  header.alignment = { vertical: 'top' }
  table.columns.forEach((column, i) => {
    const letter = columnLetter(i)
    if (column.kind === 'text' || column.kind === 'list')
      for (let r = 2; r <= table.rows.length + 1; r++)
        sheet.getCell(`${letter}${r}`).alignment = { wrapText: true, vertical: 'top' }
    const choices = column.choices
    if (!choices) return
    const last = table.rows.length + 1 + SPARE_ROWS
    const formula = Array.isArray(choices)
      ? `"${choices.join(',')}"`
      : `${(choices as { sheet: string }).sheet}!$A$2:$A$${last}`
    // exceljs keeps ranged drop-downs in `dataValidations` (its typings only know cell.dataValidation).
    ;(sheet as Worksheet & { dataValidations: { add: (range: string, rule: object) => void } }).dataValidations.add(
      `${letter}2:${letter}${last}`,
      {
        type: 'list',
        allowBlank: !column.required,
        formulae: [formula],
        showErrorMessage: true,
      },
    )
  })
}

/** Writes the sheets as an .xlsx file: bold frozen header, widths, wrapped text, drop-downs. */
export async function writeXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const { Workbook } = await excel()
  const workbook = new Workbook()
  workbook.creator = 'Groundwork'
  for (const table of tables) writeSheet(workbook, table)
  const buffer = await workbook.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

function rawCell(value: ExcelCellValue): RawCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return { date: value.toISOString() }
  if ('formula' in value) return { formula: String(value.formula) }
  if ('sharedFormula' in value) return { formula: String(value.sharedFormula) }
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('hyperlink' in value) return String(value.text)
  if ('error' in value) return { error: String(value.error) }
  return { error: 'unknown' }
}

function readSheet(sheet: Worksheet): RawSheet {
  const rows: RawCell[][] = []
  const last = Math.min(sheet.rowCount, READ_ROW_LIMIT)
  for (let r = 1; r <= last; r++) {
    const row = sheet.getRow(r)
    const cells: RawCell[] = []
    for (let c = 1; c <= row.cellCount; c++) cells.push(rawCell(row.getCell(c).value))
    rows.push(cells)
  }
  return { name: sheet.name, rows, merges: [...sheet.model.merges] }
}

/** Reads every sheet of an .xlsx file as plain rows; a file the library cannot open is an error value. */
export async function readXlsx(
  bytes: Uint8Array,
): Promise<{ ok: true; sheets: RawSheet[] } | { ok: false; reason: string }> {
  const { Workbook } = await excel()
  const workbook = new Workbook()
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
  return { ok: true, sheets: workbook.worksheets.map(readSheet) }
}
