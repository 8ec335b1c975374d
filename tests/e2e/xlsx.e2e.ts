// The questionnaire as a spreadsheet in the real app: downloaded and read by an independent reader
// (Python's openpyxl from Debian, not the library that wrote it), and loaded back with its problems.
import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { SHEET_NAMES, type Questionnaire } from '../../src/domain/index.ts'
import { questionnaireToXlsx } from '../../src/xlsx/questionnaire-xlsx.ts'
import { defaultQuestionnaire, readStore } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { axeViolations as violations } from './axe.ts'
import { download, readWithOpenpyxl } from './openpyxl.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const browser = sharedBrowser()

const xlsxFile = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(bytes),
})

describe('the questionnaire as a spreadsheet', () => {
  test('the download opens in openpyxl: every sheet, the text in its cell, a frozen header, drop-downs', async () => {
    const { page, context, requests, errors } = await newSession(browser)
    await page.goto(`${baseUrl}#/questionnaire`)
    const file = await download(page, 'Als Excel herunterladen')
    expect(file.name).toBe(`${questionnaire.id}-${questionnaire.version}.xlsx`)
    const first = questionnaire.questions[0]!
    const read = readWithOpenpyxl(file.path, [
      { sheet: 'questions', row: 2, column: 'id' },
      { sheet: 'questions', row: 2, column: 'level_3::de' },
      { sheet: 'settings', row: 3, column: 'value' },
    ])
    expect(read.sheets).toEqual(SHEET_NAMES)
    expect(read.cells).toEqual({
      'questions!2!id': first.id,
      'questions!2!level_3::de': first.levels[3]!.de,
      'settings!3!value': questionnaire.version,
    })
    expect(read.frozen.questions).toBe('B2')
    expect(read.frozen.dimensions).toBe('A2')
    expect(read.validations.dimensions).toContainEqual([
      expect.stringMatching(/^C2:C\d+$/),
      'list',
      '"foundation,tools"',
    ])
    expect(read.validations.questions).toContainEqual([
      expect.stringMatching(/^B2:B\d+$/),
      'list',
      expect.stringMatching(/^dimensions!\$A\$2:\$A\$\d+$/),
    ])
    await closeClean({ context, errors, requests })
  })

  test('an edited spreadsheet shows what changed, is kept as version 2.1, and downloads with the edit in place', async () => {
    const { page, context, errors } = await newSession(browser)
    await page.goto(`${baseUrl}#/questionnaire`)
    const edited: Questionnaire = structuredClone(questionnaire)
    edited.version = '2.1'
    edited.questions[0]!.levels[2]!.de = 'Geänderter Stufentext aus der Tabelle'
    delete edited.carryOver
    await page.getByLabel('Aus Excel laden').setInputFiles(xlsxFile('eigener.xlsx', await questionnaireToXlsx(edited)))
    const review = page.getByRole('dialog', { name: /Version 2\.1 übernehmen\?/ })
    await review.getByRole('heading', { name: 'Was sich von Version 2.0 zu 2.1 geändert hat' }).waitFor()
    await expect(review.textContent()).resolves.toContain('Stufentext geändert: 2')
    await expect(review.textContent()).resolves.toContain('eine Antwort bedeutet nicht mehr dasselbe')
    expect(await violations(page)).toEqual([])
    await review.getByRole('button', { name: 'Version 2.1 übernehmen' }).click()
    await page.getByText(/^Jetzt aktiv:/).waitFor()

    const library = page.getByRole('region', { name: 'In diesem Browser aufbewahrte Fragebögen' })
    await library.getByText('Was sich gegenüber Version 2.0 geändert hat').click()
    await library.getByRole('heading', { name: 'Was sich von Version 2.0 zu 2.1 geändert hat' }).waitFor()
    expect(await violations(page)).toEqual([])

    const file = await download(page, 'Version 2.1 als Excel herunterladen')
    const read = readWithOpenpyxl(file.path, [
      { sheet: 'questions', row: 2, column: 'level_2::de' },
      { sheet: 'carry_over', row: 2, column: 'from_version' },
    ])
    expect(read.cells).toEqual({
      'questions!2!level_2::de': 'Geänderter Stufentext aus der Tabelle',
      // The carry-over rules were derived from what changed: the edited question's answers stay behind.
      'carry_over!2!from_version': '2.0',
    })
    const [stored] = (await readStore(page, 'questionnaires')) as { questionnaire: Questionnaire }[]
    const derived = stored!.questionnaire.carryOver?.find((e) => e.fromVersion === '2.0')
    expect(derived && Object.hasOwn(derived.questions, edited.questions[0]!.id)).toBe(false)
    expect(derived?.questions[edited.questions[1]!.id]).toBe(edited.questions[1]!.id)
    await closeClean({ context, errors })
  })

  test('a spreadsheet missing one English level names sheet, row and column, and changes nothing', async () => {
    const { page, context, errors } = await newSession(browser)
    await page.goto(`${baseUrl}#/questionnaire`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await questionnaireToXlsx(questionnaire)).buffer as ArrayBuffer)
    const questions = workbook.getWorksheet('questions')!
    questions.getRow(14).getCell((questions.getRow(1).values as unknown[]).indexOf('level_3::en')).value = null
    const broken = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    await page.getByLabel('Aus Excel laden').setInputFiles(xlsxFile('kaputt.xlsx', broken))
    const alert = page.getByRole('alert')
    await alert.getByText('„kaputt.xlsx“ ist kein gültiger Fragebogen. Der bisherige bleibt aktiv.').waitFor()
    await expect(alert.textContent()).resolves.toContain('Fragen, Zeile 14, Spalte level_3::en: fehlt')
    expect(await readStore(page, 'questionnaires')).toEqual([])
    await expect(page.getByText('eingebaut').isVisible()).resolves.toBe(true)
    expect(await violations(page)).toEqual([])
    await closeClean({ context, errors })
  })
})
