// A consultant's workspace in a real browser: clients with assessments over time, a workshop on
// another questionnaire version, all of it kept across a reload; and a whole workspace carried to a
// fresh browser profile by backup and restore, with the same report numbers the CLI prints.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { AssessmentRecord, Choice, ClientRecord, WorkspaceBackup } from '../../src/domain/index.ts'
import { answerByClick, defaultQuestionnaire, seedAssessment, storedResponse, waitUntilSaved } from './app.ts'
import { baseUrl, launchBrowser, newSession } from './browser.ts'
import { axeViolations as axe } from './axe.ts'
import { closeClean } from './close-clean.ts'

const QUESTIONNAIRE = 'questionnaires/groundwork.json'
const questionnaire = defaultQuestionnaire()
const firstDimension = questionnaire.dimensions[0]!
const dimensionTitle = (id: string) => questionnaire.dimensions.find((d) => d.id === id)!.title.de
// Every answer in the first test is on the first dimension's page: one page shows all of them.
const [q0, q1, q2, q3] = questionnaire.questions.filter((q) => q.dimension === firstDimension.id)
const SHOTS = '/tmp/shots'
const tmp = mkdtempSync(join(tmpdir(), 'gw-clients-'))

// A consultant's own edition: the default with another version and one question renamed, so a page
// shows which version it was opened with. (Versions must look like 1.0 or 1.0.0.)
const CUSTOM_VERSION = '9.1'
const CUSTOM_TITLE = `${q0!.title.de} (Fassung ${CUSTOM_VERSION})`

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  mkdirSync(SHOTS, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

/** axe at 1280 px and at 360 px, with a full-page screenshot at each; back to 1280 after. */
async function axeAtBothWidths(page: Page, shot: string): Promise<{ wide: string[]; narrow: string[] }> {
  const wide = await axe(page)
  await page.screenshot({ path: `${SHOTS}/${shot}-1280.png`, fullPage: true })
  await page.setViewportSize({ width: 360, height: 780 })
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
  const narrow = await axe(page)
  await page.screenshot({ path: `${SHOTS}/${shot}-360.png`, fullPage: true })
  await page.setViewportSize({ width: 1280, height: 900 })
  return { wide, narrow }
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hauptnavigation' })

async function toClients(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Mandanten' }).click()
  await page.getByRole('heading', { level: 1, name: 'Mandanten' }).waitFor()
}

/** From the clients page to one client's page; returns the client's id (from the address). */
async function toClient(page: Page, name: string): Promise<string> {
  await page.getByRole('region', { name: 'Ihre Mandanten' }).getByRole('link', { name, exact: true }).click()
  await page.getByRole('heading', { level: 1, name }).waitFor()
  await timeline(page).waitFor()
  return decodeURIComponent(/#\/clients\/([^/?]+)/.exec(page.url())![1]!)
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Verlauf' })
const openButtons = (page: Page) => timeline(page).getByRole('button', { name: /^Einschätzung vom .+ öffnen$/ })
/** What the timeline says of each assessment (newest first), once every questionnaire is known. */
async function timelineFacts(page: Page, count: number): Promise<string[]> {
  const items = timeline(page)
    .getByRole('listitem')
    .filter({ hasText: /^Einschätzung vom/ })
  await expect.poll(() => items.count()).toBe(count)
  await expect.poll(() => items.filter({ hasText: 'Fragen beantwortet' }).count()).toBe(count)
  return (await items.allTextContents()).map((text) => /(\d+ von \d+ Fragen beantwortet)/.exec(text)![1]!)
}

/** The company step is skipped: the first dimension's questions come next. */
async function skipCompany(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Überspringen' }).click()
  await page.waitForURL(new RegExp(`#/assess/${firstDimension.id}`))
  await page.locator(`#question-${q0!.id}`).waitFor()
}

/** The answers the first dimension's page shows as chosen, by question id. */
async function checkedOnPage(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(
    await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')].map((r) => [r.name, r.value]),
    ),
  )
}

const asShown = (answers: Record<string, Choice>) =>
  Object.fromEntries(Object.entries(answers).map(([id, choice]) => [id, String(choice)]))

interface Plan {
  name: string
  first: Record<string, Choice>
  /** The one answer "Erneut einschätzen" changes. */
  change: [question: string, from: number, to: number]
}

// Different answers per client, so each assessment can be told apart from every other.
const plans: Plan[] = [
  { name: 'Bäckerei Müller', first: { [q0!.id]: 1, [q1!.id]: 2 }, change: [q0!.id, 1, 3] },
  { name: 'Autohaus Schmidt GmbH', first: { [q0!.id]: 4, [q2!.id]: 0, [q3!.id]: 2 }, change: [q2!.id, 0, 1] },
  { name: 'Zahnarztpraxis Özdemir', first: { [q1!.id]: 3 }, change: [q1!.id, 3, 0] },
]
const second = (plan: Plan) => ({ ...plan.first, [plan.change[0]]: plan.change[2] as Choice })
const questionTitle = (id: string) => questionnaire.questions.find((q) => q.id === id)!.title.de

test("a consultant's workspace: three clients with two assessments each and a workshop on another questionnaire version; after a reload everything is there and each opens with its own questionnaire", async () => {
  const { page, context, requests, errors } = await newSession(browser)
  await page.goto(`${baseUrl}#/clients`)
  await page.getByRole('heading', { level: 1, name: 'Mandanten' }).waitFor()
  await page.getByText('Noch keine Mandanten. Legen Sie oben den ersten an.').waitFor()

  // Three clients, each assessed and then assessed again from the first assessment's answers.
  const ids: Record<string, string> = {}
  for (const plan of plans) {
    await page.getByLabel('Name des Mandanten').fill(plan.name)
    await page.getByRole('button', { name: 'Mandant anlegen' }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `„${plan.name}“ ist angelegt.` })
      .waitFor()
    ids[plan.name] = await toClient(page, plan.name)
    await page.getByText('Noch keine Einschätzungen oder Workshops.', { exact: false }).waitFor()

    await page.getByRole('button', { name: 'Neue Einschätzung' }).click()
    await skipCompany(page)
    for (const [id, choice] of Object.entries(plan.first))
      await answerByClick(
        page,
        questionnaire.questions.find((q) => q.id === id)!,
        choice,
      )
    await waitUntilSaved(page)
    await toClients(page)
    await toClient(page, plan.name)
    expect(await timelineFacts(page, 1)).toEqual([`${Object.keys(plan.first).length} von 41 Fragen beantwortet`])

    await page.getByRole('button', { name: 'Erneut einschätzen' }).click()
    await skipCompany(page)
    // Prefilled from the latest assessment: the same answers, ready to change.
    expect(await checkedOnPage(page)).toEqual(asShown(plan.first))
    const [question, , to] = plan.change
    await answerByClick(
      page,
      questionnaire.questions.find((q) => q.id === question)!,
      to as Choice,
    )
    await waitUntilSaved(page)
    expect((await storedResponse(page))?.questionnaire.version).toBe(questionnaire.version)
    await toClients(page)
  }

  // The consultant's own questionnaire edition, loaded from a file on the questionnaire page.
  const custom = JSON.parse(readFileSync(QUESTIONNAIRE, 'utf8')) as {
    version: string
    questions: { id: string; title: { de: string } }[]
  }
  custom.version = CUSTOM_VERSION
  custom.questions.find((q) => q.id === q0!.id)!.title.de = CUSTOM_TITLE
  const customFile = join(tmp, `groundwork-${CUSTOM_VERSION}.json`)
  writeFileSync(customFile, JSON.stringify(custom, null, 2))
  await page.getByRole('link', { name: 'Fragebogen wechseln' }).click()
  await page.getByRole('heading', { level: 1, name: 'Fragebogen' }).waitFor()
  await page.getByLabel('Fragebogen-Datei laden').setInputFiles(customFile)
  // A new version of a kept questionnaire: what changed is shown before it is kept.
  const review = page.getByRole('dialog', {
    name: new RegExp(`Version ${CUSTOM_VERSION.replace('.', '\\.')} übernehmen`),
  })
  await review.getByText('Titel umformuliert (DE)').waitFor()
  await review.getByRole('button', { name: `Version ${CUSTOM_VERSION} übernehmen` }).click()
  // The last client's reassessment is still open: the page asks before it starts anew.
  const switchDialog = page.getByRole('dialog', { name: 'Fragebogen wechseln?' })
  await switchDialog.getByRole('button', { name: 'Wechseln und neu beginnen' }).click()
  await page.getByRole('status').filter({ hasText: 'Jetzt aktiv:' }).waitFor()
  await page.getByText(`Version ${CUSTOM_VERSION} · geladen`).waitFor()

  // A workshop on it, filed under the first client.
  const workshopTitle = 'Strategietag Backstube'
  await nav(page).getByRole('link', { name: 'Workshops' }).click()
  await page.getByRole('button', { name: 'Neuen Workshop anlegen' }).click()
  await page.getByText(`, Version ${CUSTOM_VERSION}`, { exact: false }).waitFor()
  await page.getByLabel('Titel', { exact: true }).fill(workshopTitle)
  await page.getByRole('button', { name: 'Workshop anlegen' }).click()
  await page.getByRole('heading', { level: 1, name: workshopTitle }).waitFor()
  const workshopId = /#\/workshops\/([^/?]+)/.exec(page.url())![1]!
  await waitUntilSaved(page)
  await toClients(page)
  const unfiled = page.getByRole('region', { name: 'Ohne Mandant' })
  const what = (await unfiled
    .locator('.clients-unfiled-title strong')
    .filter({ hasText: `Workshop „${workshopTitle}“ vom` })
    .textContent())!
  await unfiled.getByLabel(`Einem Mandanten zuordnen: ${what}`).selectOption({ label: plans[0]!.name })
  await unfiled.getByRole('button', { name: `${what} zuordnen` }).click()
  await unfiled
    .getByRole('status')
    .filter({ hasText: `${what} ist jetzt bei „${plans[0]!.name}“.` })
    .waitFor()
  await waitUntilSaved(page)

  // Back to the built-in questionnaire for new assessments.
  await page.getByRole('link', { name: 'Fragebogen wechseln' }).click()
  await page.getByRole('button', { name: 'Eingebauten Fragebogen verwenden' }).click()
  await page.getByRole('status').filter({ hasText: 'Jetzt aktiv:' }).waitFor()
  await page.getByText(`Version ${questionnaire.version} · eingebaut`).waitFor()
  await waitUntilSaved(page)

  // ---- A reload: everything comes back from the workspace. ----
  await page.reload()
  await page.getByText(`Version ${questionnaire.version} · eingebaut`).waitFor()
  await toClients(page)
  const list = page.getByRole('region', { name: 'Ihre Mandanten' })
  await list
    .getByRole('status')
    .filter({ hasText: /^3 Mandanten$/ })
    .waitFor()
  const rows = list.getByRole('listitem')
  // By name; each with its two assessments, the first client also with the workshop.
  const byName = [...plans].sort((x, y) => x.name.localeCompare(y.name, 'de'))
  expect(await rows.allTextContents()).toEqual(
    byName.map((plan) =>
      expect.stringMatching(
        new RegExp(
          `^${plan.name}2 Einschätzungen · ${plan === plans[0] ? '1 Workshop' : '0 Workshops'} · geändert am `,
        ),
      ),
    ),
  )
  await page.getByRole('region', { name: 'Ohne Mandant' }).getByText('Alles ist einem Mandanten zugeordnet.').waitFor()
  const clientsPage = await axeAtBothWidths(page, 'clients')
  expect(clientsPage).toEqual({ wide: [], narrow: [] })

  for (const plan of plans) {
    await toClients(page)
    expect(await toClient(page, plan.name)).toBe(ids[plan.name])
    const [question, from, to] = plan.change
    const answered = Object.keys(plan.first).length
    expect(await timelineFacts(page, 2)).toEqual([
      `${answered} von 41 Fragen beantwortet`,
      `${answered} von 41 Fragen beantwortet`,
    ])
    // The two newest are compared: exactly the one changed answer moved.
    const compare = page.getByRole('region', { name: 'Zwei Einschätzungen vergleichen' })
    await expect
      .poll(() => compare.locator('.clients-moves li').allTextContents())
      .toEqual([`${questionTitle(question)}: Stufe ${from} → Stufe ${to}`])
    if (plan === plans[0]) {
      const clientPage = await axeAtBothWidths(page, 'client')
      expect(clientPage).toEqual({ wide: [], narrow: [] })
    }

    // Each assessment opens with its own answers: the newest (reassessed) first, then the first one.
    for (const [index, expected] of [
      [0, second(plan)],
      [1, plan.first],
    ] as const) {
      if (index === 1) {
        await toClients(page)
        await toClient(page, plan.name)
      }
      await openButtons(page).nth(index).click()
      await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor()
      await page.getByText(`${answered} von 41 beantwortet`, { exact: true }).waitFor()
      await page.getByRole('link', { name: `${dimensionTitle(firstDimension.id)} bearbeiten` }).click()
      await page.locator(`#question-${q0!.id}`).waitFor()
      expect(await checkedOnPage(page)).toEqual(asShown(expected))
      // On the version it was answered on: the built-in question title, not the custom one.
      await expect(page.locator(`#question-${q0!.id}-title .question-topic`).textContent()).resolves.toBe(q0!.title.de)
    }
  }

  // The workshop opens with its own questionnaire version although the built-in one is chosen again.
  await toClients(page)
  await toClient(page, plans[0]!.name)
  await timeline(page)
    .getByRole('link', { name: `Workshop „${workshopTitle}“` })
    .click()
  await page.getByRole('heading', { level: 1, name: workshopTitle }).waitFor()
  expect(page.url()).toContain(`#/workshops/${workshopId}`)
  await expect(page.getByRole('note').count()).resolves.toBe(0)
  await page.getByRole('button', { name: 'Angaben bearbeiten' }).click()
  await page.getByText(`, Version ${CUSTOM_VERSION}`, { exact: false }).waitFor()
  await page.getByRole('link', { name: 'Live-Modus' }).first().click()
  await page.getByRole('heading', { level: 1, name: new RegExp(workshopTitle) }).waitFor()
  await expect(page.locator('.live-question .eyebrow').textContent()).resolves.toBe(
    `${dimensionTitle(firstDimension.id)} · ${CUSTOM_TITLE}`,
  )

  // New assessments begin on the built-in questionnaire.
  await toClients(page)
  await toClient(page, plans[1]!.name)
  await page.getByRole('button', { name: 'Neue Einschätzung' }).click()
  await skipCompany(page)
  await expect(page.locator(`#question-${q0!.id}-title .question-topic`).textContent()).resolves.toBe(q0!.title.de)
  expect(await checkedOnPage(page)).toEqual({})
  await answerByClick(page, q0!, 2)
  const fresh = await storedResponse(page)
  expect(fresh?.questionnaire).toEqual({ id: questionnaire.id, version: questionnaire.version })
  await toClients(page)
  await page
    .getByRole('region', { name: 'Ihre Mandanten' })
    .getByRole('listitem')
    .filter({ hasText: new RegExp(`^${plans[1]!.name}3 Einschätzungen · `) })
    .waitFor()

  await closeClean({ context, errors, requests })
}, 120_000)

/** What `npm run groundwork -- score` prints for a response file. */
function cliScore(file: string) {
  const out = execFileSync('npm', ['run', '--silent', 'groundwork', '--', 'score', QUESTIONNAIRE, file], {
    encoding: 'utf8',
  })
  return JSON.parse(out) as {
    overall: { score: number | null }
    foundationIndex: number | null
    toolIndex: number | null
    toolIndexCounted: number | null
    dimensions: { id: string; score: number | null }[]
    completeness: { answered: number; total: number }
  }
}

/** Whether `npm run groundwork -- validate` accepts a file. */
function cliValidates(file: string): boolean {
  try {
    execFileSync('npm', ['run', '--silent', 'groundwork', '--', 'validate', file], { encoding: 'utf8', stdio: 'pipe' })
    return true
  } catch {
    return false
  }
}

const number = (text: string | null) => Number(text!.trim().replace(/\s/g, '').replace(',', '.'))

test('backup → fresh browser profile → restore → identical reports', async () => {
  const clientName = 'Tischlerei Weber & Söhne'
  const restoreInput = (page: Page) => page.getByLabel('Sicherung wiederherstellen', { exact: true })

  // Profile A: a complete assessment (as an earlier version left it), filed under a new client.
  const a = await newSession(browser)
  await seedAssessment(a.page, JSON.parse(readFileSync('tests/e2e/fixtures/report-strong.json', 'utf8')))
  await a.page.goto(`${baseUrl}#/clients`)
  await a.page.getByLabel('Name des Mandanten').fill(clientName)
  await a.page.getByRole('button', { name: 'Mandant anlegen' }).click()
  await a.page
    .getByRole('status')
    .filter({ hasText: `„${clientName}“ ist angelegt.` })
    .waitFor()
  const unfiled = a.page.getByRole('region', { name: 'Ohne Mandant' })
  const what = (await unfiled.locator('.clients-unfiled-title strong').textContent())!
  expect(what).toMatch(/^Einschätzung vom /)
  await unfiled.getByLabel(`Einem Mandanten zuordnen: ${what}`).selectOption({ label: clientName })
  await unfiled.getByRole('button', { name: `${what} zuordnen` }).click()
  await unfiled
    .getByRole('status')
    .filter({ hasText: `${what} ist jetzt bei „${clientName}“.` })
    .waitFor()
  await waitUntilSaved(a.page)
  await a.page
    .getByRole('region', { name: 'Ihre Mandanten' })
    .getByRole('listitem')
    .filter({ hasText: '1 Einschätzung · 0 Workshops' })
    .waitFor()

  const download = a.page.waitForEvent('download')
  await a.page.getByRole('button', { name: 'Alles sichern' }).click()
  const saved = await download
  expect(saved.suggestedFilename()).toMatch(/^groundwork-arbeitsbereich-.+\.json$/)
  const backupFile = join(tmp, saved.suggestedFilename())
  await saved.saveAs(backupFile)
  await a.page
    .getByRole('status')
    .filter({ hasText: `Gesichert als „${saved.suggestedFilename()}“.` })
    .waitFor()
  await closeClean(a)

  // What the file holds: the client and its assessment; the CLI reads the response inside it.
  const text = readFileSync(backupFile, 'utf8')
  const backup = JSON.parse(text) as WorkspaceBackup
  const client = backup.clients.find((c: ClientRecord) => c.name === clientName)!
  const filed = backup.assessments.filter((r: AssessmentRecord) => r.clientId === client.id && !r.deletedAt)
  expect(filed).toHaveLength(1)
  const responseFile = join(tmp, 'response-in-backup.json')
  writeFileSync(responseFile, JSON.stringify(filed[0]!.response, null, 2))
  const expected = cliScore(responseFile)
  expect(expected.completeness.answered).toBe(expected.completeness.total)
  expect(cliValidates(backupFile)).toBe(true)

  // Profile B: a fresh browser, nothing in it; the backup restored after the dialog says what it adds.
  const b = await newSession(browser)
  await b.page.goto(`${baseUrl}#/clients`)
  await b.page.getByText('Noch keine Mandanten. Legen Sie oben den ersten an.').waitFor()
  await restoreInput(b.page).setInputFiles(backupFile)
  const dialog = b.page.getByRole('dialog', { name: 'Sicherung wiederherstellen?' })
  await dialog.waitFor()
  await expect(dialog.textContent()).resolves.toContain('Die Sicherung enthält einen ganzen Arbeitsbereich.')
  await expect(dialog.getByRole('listitem').allTextContents()).resolves.toEqual([
    'Mandanten: 1 neu, 0 ersetzt, 0 gelöscht, 0 unverändert',
    'Einschätzungen: 1 neu, 0 ersetzt, 0 gelöscht, 0 unverändert',
  ])
  await dialog.getByText(`Neue Mandanten: ${clientName}`).waitFor()
  await expect(axe(b.page)).resolves.toEqual([])
  await b.page.screenshot({ path: `${SHOTS}/restore-dialog-1280.png` })
  await dialog.getByRole('button', { name: 'Wiederherstellen' }).click()
  await b.page.getByRole('status').filter({ hasText: 'Die Sicherung ist wiederhergestellt.' }).waitFor()
  const count = b.page.getByRole('region', { name: 'Ihre Mandanten' }).getByRole('status')
  await count.filter({ hasText: /^1 Mandant$/ }).waitFor()

  // The client's assessment, opened from its timeline, shows the numbers the CLI prints.
  await toClient(b.page, clientName)
  expect(await timelineFacts(b.page, 1)).toEqual(['41 von 41 Fragen beantwortet'])
  await openButtons(b.page).first().click()
  await b.page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor()
  await b.page.getByRole('link', { name: 'Zum Bericht', exact: true }).click()
  await b.page.getByRole('heading', { level: 1, name: /Ihr Bericht/ }).waitFor()
  const summary = b.page.getByRole('region', { name: 'Gesamtbild' })
  expect(number((await summary.getByText(/von 100$/).textContent())!.replace(' von 100', ''))).toBe(
    expected.overall.score,
  )
  const figures = await summary.getByRole('definition').allTextContents()
  expect(figures.map(number)).toEqual([expected.foundationIndex, expected.toolIndex, expected.toolIndexCounted])
  await b.page.getByText('Zahlen als Tabelle').click()
  const table = b.page.getByRole('table', { name: 'Punkte je Bereich (0 bis 100)' })
  const shown = []
  for (const dimension of expected.dimensions) {
    const row = table.getByRole('row', { name: new RegExp(`^${dimensionTitle(dimension.id)}\\b`) })
    shown.push({ id: dimension.id, score: number(await row.getByRole('cell').nth(1).textContent()) })
  }
  expect(shown).toEqual(expected.dimensions.map(({ id, score }) => ({ id, score })))

  // A backup cut in half: its problems are shown, nothing is written, the one client stays.
  const brokenFile = join(tmp, 'groundwork-arbeitsbereich-halb.json')
  writeFileSync(brokenFile, text.slice(0, Math.floor(text.length / 2)))
  expect(cliValidates(brokenFile)).toBe(false)
  await toClients(b.page)
  await count.filter({ hasText: /^1 Mandant$/ }).waitFor()
  await restoreInput(b.page).setInputFiles(brokenFile)
  await b.page
    .getByText(
      '„groundwork-arbeitsbereich-halb.json“ ist keine gültige Groundwork-Sicherung. Es wurde nichts geändert.',
    )
    .waitFor()
  await expect(b.page.getByRole('dialog').count()).resolves.toBe(0)
  await b.page.waitForTimeout(300)
  await expect(count.textContent()).resolves.toBe('1 Mandant')
  await b.page.reload()
  await count.filter({ hasText: /^1 Mandant$/ }).waitFor()
  await expect(
    b.page.getByRole('region', { name: 'Ihre Mandanten' }).getByRole('listitem').allTextContents(),
  ).resolves.toEqual([expect.stringMatching(new RegExp(`^${clientName}1 Einschätzung · 0 Workshops`))])
  await closeClean(b)
})
