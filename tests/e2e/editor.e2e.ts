import { mkdirSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { axeViolations as violations } from './axe.ts'
import { download, readWithOpenpyxl } from './openpyxl.ts'
import { closeClean } from './close-clean.ts'

// A consultant's own questionnaire without writing JSON: copy the default, edit, save a version, answer it.

const browser = sharedBrowser()

/** Screenshots to look at, when asked for: E2E_SHOTS=/tmp/gw-editor. */
async function shot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS
  if (!dir) return
  mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false })
}

const EDITED = 'Alle sagen denselben Satz – im Workshop geprüft'

async function fillNewQuestion(page: Page) {
  const form = page.getByRole('region', { name: /Frage/ }).first()
  const both = async (label: string, de: string, en: string) => {
    await form.getByLabel(`${label} (Deutsch)`, { exact: true }).fill(de)
    await form.getByLabel(`${label} (Englisch)`, { exact: true }).fill(en)
  }
  await both('Kurzname', 'Preise', 'Prices')
  await both('Frage', 'Wie entstehen Ihre Preise?', 'How are your prices set?')
  await both('Warum das wichtig ist', 'Preise zeigen, ob das Modell trägt.', 'Prices show whether the model works.')
  for (let level = 0; level <= 4; level++) {
    const group = form.getByRole('group', { name: `Stufe ${level}`, exact: true })
    await group.getByLabel('Aussage (Deutsch)').fill(`Preise Stufe ${level}`)
    await group.getByLabel('Aussage (Englisch)').fill(`Prices level ${level}`)
    await group.getByLabel(/^Empfehlung.*\(Deutsch\)$/).fill(`Schritt ${level}`)
    await group.getByLabel(/^Empfehlung.*\(Englisch\)$/).fill(`Step ${level}`)
  }
}

test('a consultant copies the default, edits it, saves version 2.1 and runs an assessment on it', async () => {
  const { context, page, requests, errors } = await newSession(browser, { width: 1280, height: 900 })
  await page.goto(`${baseUrl}#/questionnaire`)
  await page.getByRole('link', { name: /Version 2\.0: Als Kopie bearbeiten/ }).click()
  await page.getByRole('radio', { name: 'Eine neue Version desselben Fragebogens (2.1)' }).check()
  await page.getByRole('button', { name: 'Kopie anlegen' }).click()

  // A level statement changed in German shows in the question card of the preview.
  const level2 = page.getByRole('group', { name: 'Stufe 2', exact: true }).getByLabel('Aussage (Deutsch)')
  await level2.fill(EDITED)
  const preview = page.getByRole('region', { name: 'Vorschau' })
  await preview.getByRole('radio', { name: EDITED }).waitFor()
  await shot(page, 'editor-1280')
  expect(await violations(page)).toEqual([])

  // A new question in the business model, written in both languages, moved up one place by keyboard.
  const outline = page.getByRole('navigation', { name: 'Inhalt' })
  await outline.getByRole('button', { name: 'Frage hinzufügen: Geschäftsmodell' }).click()
  await fillNewQuestion(page)
  await preview.getByRole('group', { name: 'Wie entstehen Ihre Preise?' }).waitFor()
  const businessModel = outline.getByRole('list', { name: 'Geschäftsmodell' })
  const titles = () =>
    businessModel.getByRole('listitem').evaluateAll((items) => items.map((i) => i.querySelector('button')?.textContent))
  const before = await titles()
  expect(before.at(-1)).toBe('Preise')
  await outline.getByRole('button', { name: 'Preise', exact: true }).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(titles).toEqual([...before.slice(0, -2), 'Preise', before.at(-2)])
  await page.getByText('Entwurf gespeichert').waitFor()

  // The draft as a spreadsheet: an independent reader finds the edited level text in its cell.
  await page.getByText('Exportieren', { exact: true }).click()
  const sheet = await download(page, 'Als Excel herunterladen')
  expect(sheet.name).toMatch(/2\.1\.xlsx$/)
  const firstQuestion = 2 // row 1 holds the column names
  const read = readWithOpenpyxl(sheet.path, [{ sheet: 'questions', row: firstQuestion, column: 'level_2::de' }])
  expect(read.cells[`questions!${firstQuestion}!level_2::de`]).toBe(EDITED)

  // Saved as version 2.1, then used for a new assessment: the card shows the edited text.
  await page.getByRole('button', { name: 'Als Version 2.1 speichern' }).click()
  const dialog = page.getByRole('dialog', { name: 'Als neue Version speichern' })
  await dialog.getByRole('button', { name: 'Version 2.1 speichern' }).click()
  await page.getByText('ist als Version 2.1 in der Bibliothek').waitFor()
  await page.getByRole('button', { name: 'Neue Einschätzung damit beginnen' }).click()
  await page.waitForURL(/#\/company/)
  await page.goto(`${baseUrl}#/assess/business-model`)
  await page.getByRole('radio', { name: EDITED }).waitFor()
  await page
    .getByRole('group', { name: 'Wie entstehen Ihre Preise?' })
    .getByRole('radio', { name: 'Preise Stufe 3' })
    .check()

  await closeClean({ context, errors, requests })
})

test('on a phone the editor stacks: list first, then the form, German above English; no axe violations', async () => {
  const { context, page } = await newSession(browser, { width: 360, height: 780 })
  await page.goto(`${baseUrl}#/questionnaire/edit/groundwork%402.0`)
  await page.getByRole('button', { name: 'Kopie anlegen' }).click()
  await page.getByRole('group', { name: 'Stufe 0', exact: true }).waitFor()
  await shot(page, 'editor-360')
  expect(await violations(page)).toEqual([])
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  expect(width).toBeLessThanOrEqual(360)
  await context.close()
})
