import {
  checkSpreadsheetBytes,
  questionnaireFromSheets,
  questionnaireToSheets,
  type Questionnaire,
  type SheetResult,
} from '../domain/index.ts'
import { readXlsx, writeXlsx } from './workbook.ts'

/** The questionnaire as an .xlsx workbook (the layout of `questionnaireToSheets`). */
export function questionnaireToXlsx(questionnaire: Questionnaire): Promise<Uint8Array> {
  return writeXlsx(questionnaireToSheets(questionnaire))
}

/**
 * Reads a questionnaire from an .xlsx file: an .xls, .ods, oversized or unreadable file is refused
 * before parsing; then every problem of the sheets and of the questionnaire's rules is listed.
 */
export async function questionnaireFromXlsx(bytes: Uint8Array): Promise<SheetResult<Questionnaire>> {
  const refused = checkSpreadsheetBytes(bytes)
  if (refused) return { ok: false, problems: [refused] }
  const read = await readXlsx(bytes)
  if (!read.ok) return { ok: false, problems: [{ code: 'unreadable', detail: read.reason }] }
  return questionnaireFromSheets(read.sheets)
}
