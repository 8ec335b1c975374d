// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import ExcelJS from 'exceljs'
import { describe, expect, test } from 'vitest'
import { validateQuestionnaire, type Questionnaire } from '../../domain/index.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { questionnaireToXlsx } from '../../xlsx/questionnaire-xlsx.ts'
import mini from '../../../tests/fixtures/mini-questionnaire.json'
import { renderApp } from '../../../tests/render.tsx'
import { textsOf } from '../../../tests/queries.ts'
import { libraryVersions } from '../../../tests/state.ts'

const json = (data: unknown, name: string) => new File([JSON.stringify(data)], name, { type: 'application/json' })

/** Version 1.1 of the mini questionnaire: the first question reworded, the second's level 2 changed. */
function nextVersion(): Questionnaire {
  const checked = validateQuestionnaire(structuredClone(mini))
  if (!checked.ok) throw new Error('mini is invalid')
  const next = structuredClone(checked.value)
  next.version = '1.1'
  next.questions[0]!.prompt.de += ' (neu formuliert)'
  next.questions[1]!.levels[2]!.de = 'Eine andere Bedeutung'
  return next
}

// Spreadsheets are written and read for real here: slower than other UI tests on a busy machine.
describe('a new version of a kept questionnaire', { timeout: 30_000 }, () => {
  test('shows what changed and which answers carry over before it is kept; cancelling keeps nothing', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const next = nextVersion()
    const [reworded, changed] = next.questions
    await user.upload(
      await screen.findByLabelText('Fragebogen-Datei laden', {}, { timeout: 5000 }),
      json(next, 'v11.json'),
    )
    const review = await screen.findByRole('dialog', { name: '„Mini-Fragebogen“, Version 1.1 übernehmen?' })
    const changes = textsOf(review, 'listitem')
    expect(changes).toContain(`${reworded!.title.de}: Fragetext umformuliert (DE)`)
    expect(within(review).getByText('Stufentext geändert: 2', { exact: false })).toBeInTheDocument()
    expect(
      within(review).getByText(/Stufentexte geändert – eine Antwort bedeutet nicht mehr dasselbe/),
    ).toHaveTextContent(changed!.title.de)
    await user.click(within(review).getByRole('button', { name: 'Abbrechen' }))
    expect(libraryVersions()).toEqual(['1.0'])

    await user.upload(screen.getByLabelText('Fragebogen-Datei laden'), json(next, 'v11.json'))
    await user.click(await screen.findByRole('button', { name: 'Version 1.1 übernehmen' }))
    const kept = useQuestionnaireStore.getState().custom!
    expect(kept.version).toBe('1.1')
    // The same rules decide which answers open on the new version.
    const entry = kept.carryOver?.find((e) => e.fromVersion === '1.0')
    expect(entry?.questions[reworded!.id]).toBe(reworded!.id)
    expect(entry && Object.hasOwn(entry.questions, changed!.id)).toBe(false)
  })

  test('a spreadsheet loads through the same path, and the library compares it with the version before', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const bytes = await questionnaireToXlsx(nextVersion())
    await user.upload(
      await screen.findByLabelText('Aus Excel laden'),
      new File([bytes as BlobPart], 'mini.xlsx', {
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      }),
    )
    await user.click(await screen.findByRole('button', { name: 'Version 1.1 übernehmen' }, { timeout: 5000 }))
    expect(await screen.findByText('Jetzt aktiv: Mini-Fragebogen.')).toBeInTheDocument()
    const library = screen.getByRole('region', { name: 'In diesem Browser aufbewahrte Fragebögen' })
    await user.click(within(library).getByText('Was sich gegenüber Version 1.0 geändert hat'))
    expect(within(library).getByRole('heading', { name: 'Was sich von Version 1.0 zu 1.1 geändert hat' })).toBeVisible()
    expect(within(library).getByRole('button', { name: 'Version 1.1 als Excel herunterladen' })).toBeInTheDocument()
  })

  test('a spreadsheet missing one English level names sheet, row and column, and changes nothing', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await questionnaireToXlsx(nextVersion())).buffer as ArrayBuffer)
    const questions = workbook.getWorksheet('questions')!
    questions.getRow(3).getCell((questions.getRow(1).values as unknown[]).indexOf('level_3::en')).value = null
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
    await user.upload(
      await screen.findByLabelText('Aus Excel laden', {}, { timeout: 5000 }),
      new File([bytes], 'mini.xlsx'),
    )
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('„mini.xlsx“ ist kein gültiger Fragebogen. Der bisherige bleibt aktiv.')
    expect(within(alert).getByText('Fragen, Zeile 3, Spalte level_3::en')).toBeInTheDocument()
    expect(alert).toHaveTextContent('Fragen, Zeile 3, Spalte level_3::en: fehlt')
    expect(libraryVersions()).toEqual(['1.0'])
  })

  test('an .xls is refused before it is opened', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await user.upload(
      await screen.findByLabelText('Aus Excel laden', {}, { timeout: 5000 }),
      new File([xls], 'alt.xls'),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Datei: eine alte Excel-Datei (.xls): bitte in Excel als .xlsx speichern',
    )
    expect(libraryVersions()).toEqual(['1.0'])
  })
})
