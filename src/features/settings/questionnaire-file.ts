import {
  describeSheetProblems,
  exportFileName,
  MAX_SPREADSHEET_MB,
  parseQuestionnaire,
  type Locale,
  type Questionnaire,
  type Result,
} from '../../domain/index.ts'
import { downloadBlob } from '../../ui/download.ts'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const SPREADSHEET_NAME = /\.(xlsx|xlsm|xls|ods)$/i
const ZIP = [0x50, 0x4b]
const OLE = [0xd0, 0xcf]

// The spreadsheet library comes with this import, on first use only: never on the start page.
const xlsx = () => import('../../xlsx/questionnaire-xlsx.ts')

/**
 * Reads a chosen file as a questionnaire, whether JSON or a spreadsheet (told apart by name and
 * first bytes): both end in the same checked questionnaire, or in every problem, in the user's language.
 */
export async function readQuestionnaireFile(file: File, locale: Locale): Promise<Result<Questionnaire>> {
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
  const signature = (bytes: number[]) => bytes.every((b, i) => head[i] === b)
  if (!SPREADSHEET_NAME.test(file.name) && !signature(ZIP) && !signature(OLE))
    return parseQuestionnaire(await file.text())
  // A huge file is refused before it is read into memory.
  const problems =
    file.size > MAX_SPREADSHEET_MB * 1024 * 1024
      ? [{ code: 'tooLarge' as const, detail: String(MAX_SPREADSHEET_MB) }]
      : null
  const result = problems
    ? { ok: false as const, problems }
    : await (await xlsx()).questionnaireFromXlsx(new Uint8Array(await file.arrayBuffer()))
  return result.ok ? result : { ok: false, problems: describeSheetProblems(result.problems, locale) }
}

/** Offers the questionnaire as `ID-VERSION.xlsx`. */
export async function downloadQuestionnaireXlsx(questionnaire: Questionnaire): Promise<void> {
  const bytes = await (await xlsx()).questionnaireToXlsx(questionnaire)
  downloadBlob(
    new Blob([bytes as BlobPart], { type: XLSX_TYPE }),
    exportFileName([questionnaire.id, questionnaire.version], 'xlsx'),
  )
}
