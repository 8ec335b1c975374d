import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  describeSheetProblems,
  parseQuestionnaire,
  SHEET_NAMES,
  type Questionnaire,
  type SheetResult,
} from '../domain/index.ts'
import { questionnaireArb } from '../../tests/builders/questionnaire-arbitrary.ts'
import { questionnaireFromXlsx, questionnaireToXlsx } from './questionnaire-xlsx.ts'

const groundwork = parseQuestionnaire(
  readFileSync(new URL('../../questionnaires/groundwork.json', import.meta.url), 'utf8'),
) as { ok: true; value: Questionnaire }

/** Opens the written file with the library, lets a test change it as a person would in Excel, writes it again. */
async function editedInExcel(change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await questionnaireToXlsx(groundwork.value)).buffer as ArrayBuffer)
  change(workbook)
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

const lines = (result: SheetResult<Questionnaire>, locale: 'de' | 'en' = 'en') =>
  result.ok ? [] : describeSheetProblems(result.problems, locale).map((p) => `${p.path}: ${p.message}`)

describe('questionnaire ⇄ .xlsx through the real library', () => {
  it('gives back the default questionnaire unchanged', async () => {
    expect(await questionnaireFromXlsx(await questionnaireToXlsx(groundwork.value))).toStrictEqual({
      ok: true,
      value: groundwork.value,
    })
  })

  it('gives back generated questionnaires unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(questionnaireArb, async (q) => {
        expect(await questionnaireFromXlsx(await questionnaireToXlsx(q))).toStrictEqual({ ok: true, value: q })
      }),
      { numRuns: 25 },
    )
  }, 60_000)

  it('freezes the header, wraps text and offers drop-downs for layer and dimension', async () => {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await questionnaireToXlsx(groundwork.value)).buffer as ArrayBuffer)
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SHEET_NAMES)
    const questions = workbook.getWorksheet('questions')!
    expect(questions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(questions.getCell('C2').alignment?.wrapText).toBe(true)
    expect(questions.getCell('B2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [expect.stringMatching(/^dimensions!\$A\$2:/)],
    })
    expect(workbook.getWorksheet('dimensions')!.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"foundation,tools"'],
    })
  })
})

describe('a spreadsheet the questionnaire cannot come from', () => {
  it('names a merged cell and a formula where text belongs', async () => {
    const bytes = await editedInExcel((workbook) => {
      const sheet = workbook.getWorksheet('questions')!
      sheet.getCell('E3').value = { formula: 'C3&D3', result: 'x' } as ExcelJS.CellFormulaValue
      sheet.mergeCells('C5:D5')
    })
    expect(lines(await questionnaireFromXlsx(bytes), 'de')).toEqual([
      'Fragen, Zeile 3, Spalte prompt::de: Formel statt Text: bitte den Text selbst eintragen',
      'Fragen, Zeile 5, Spalte title::de: verbundene Zellen (C5:D5): bitte die Verbindung aufheben',
    ])
  })

  it('names a missing sheet and a renamed column', async () => {
    const bytes = await editedInExcel((workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet('maturity_levels')!.id)
      workbook.getWorksheet('questions')!.getCell('H1').value = 'why (English)'
    })
    // Only what is wrong with the file's shape: the questionnaire's rules would only repeat its consequences.
    expect(lines(await questionnaireFromXlsx(bytes))).toEqual([
      'Questions, row 1, column why (English): unknown column: use its original name or delete it',
      'Questions, row 1, column why::en: column missing (renamed or deleted?)',
      'Maturity levels: sheet missing',
    ])
  })

  it('refuses an .xls, an .ods, a file that is no spreadsheet and a 50 MB file before opening them', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])
    const mimetype = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'
    const ods = new Uint8Array([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...new Array(26).fill(0),
      ...[...mimetype].map((c) => c.charCodeAt(0)),
    ])
    const json = new TextEncoder().encode('{"id": "x"}')
    const huge = new Uint8Array(50 * 1024 * 1024)
    huge.set([0x50, 0x4b, 0x03, 0x04])
    const results = await Promise.all([xls, ods, json, huge].map(questionnaireFromXlsx))
    expect(results.map((r) => lines(r))).toEqual([
      ['File: an old Excel file (.xls): please save it as .xlsx in Excel'],
      ['File: an OpenDocument spreadsheet (.ods): please save it as .xlsx'],
      ['File: not an Excel file (.xlsx)'],
      ['File: file too large (at most 5 MB)'],
    ])
  })

  it('refuses a file that would unpack to far more than a questionnaire (a zip bomb) before unpacking it', async () => {
    const bytes = await questionnaireToXlsx(groundwork.value)
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    let entry = bytes.length - 22
    while (view.getUint32(entry, true) !== 0x06054b50) entry--
    // The first part in the zip's directory claims 200 MB once unpacked.
    view.setUint32(view.getUint32(entry + 16, true) + 24, 200 * 1024 * 1024, true)
    expect(lines(await questionnaireFromXlsx(bytes))).toEqual([
      'File: too large once unpacked (at most 100 MB): not an ordinary Excel file',
    ])
  })

  it('names a damaged file instead of throwing', async () => {
    const bytes = await questionnaireToXlsx(groundwork.value)
    const damaged = bytes.slice(0, bytes.length - 100) // the zip's directory at the end is cut off
    const result = await questionnaireFromXlsx(damaged)
    expect(result.ok).toBe(false)
    expect(lines(result)[0]).toMatch(/^File: cannot be read/)
  })
})
