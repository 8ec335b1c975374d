import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { replaceStoredResponse, seedAssessment, storedResponse } from './app.ts'
import { baseUrl, launchBrowser, newSession } from './browser.ts'
import { axeViolations } from './axe.ts'
import { closeClean } from './close-clean.ts'

interface CliReport {
  overall: { score: number | null; level: string | null }
  foundationIndex: number | null
  toolIndex: number | null
  toolIndexCounted: number | null
  quadrant: string | null
  businessModelScore: number | null
  adoption: { index: number | null } | null
  dimensions: { id: string; score: number | null; answered: number; total: number }[]
  findings: { kind: string; dimensionId?: string }[]
  actionPlan: { question: string }[]
  completeness: { answered: number; total: number }
}

const QUESTIONNAIRE = 'questionnaires/groundwork.json'
const questionnaire = JSON.parse(readFileSync(QUESTIONNAIRE, 'utf8')) as {
  dimensions: { id: string; title: { de: string } }[]
  questions: { id: string; title: { de: string } }[]
  maturityLevels: { id: string; name: { de: string } }[]
}
const QUADRANTS: Record<string, string> = {
  toolsFirst: 'Werkzeuge zuerst',
  notYetStarted: 'Noch am Anfang',
  groundedLean: 'Solide und schlank',
  groundedEquipped: 'Solide und ausgestattet',
}
const dimensionTitle = (id: string) => questionnaire.dimensions.find((d) => d.id === id)!.title.de
const findingTitle: Record<string, (f: CliReport['findings'][number]) => string> = {
  weakBusinessModel: () => 'Das Geschäftsmodell ist noch nicht gemeinsam geklärt',
  adoptionAheadOfFoundation: () => 'Werkzeuge gekauft, bevor das Geschäft verstanden ist',
  boughtBarelyUsed: () => 'Gekauft, aber kaum genutzt',
  risksThatDoNotWait: () => 'Risiken, die nicht warten',
  laggingArea: (f) => `${dimensionTitle(f.dimensionId!)} bleibt zurück`,
  foundationCarriesTools: () => 'Das Fundament trägt jetzt auch Werkzeuge',
  manyUnknowns: (f) => `Viel Unbekanntes: ${dimensionTitle(f.dimensionId!)}`,
  notNeededNotCounted: () => '„Für unser Geschäft nicht nötig“ zählt noch nicht',
}

/** What `npm run groundwork -- score` prints for the same file. */
function cliScore(file: string): CliReport {
  const out = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'score', QUESTIONNAIRE, file], {
    encoding: 'utf8',
  })
  return JSON.parse(out) as CliReport
}

const format = (value: number) => value.toFixed(1).replace('.', ',')
const number = (text: string | null) => Number(text!.trim().replace(/\s/g, '').replace(',', '.'))

async function openReport(page: Page, file: string) {
  const response = JSON.parse(readFileSync(file, 'utf8')) as unknown
  await seedAssessment(page, response)
  await page.goto(`${baseUrl}#/report`)
  await page.getByRole('heading', { level: 1, name: /Ihr Bericht/ }).waitFor()
}

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
  mkdirSync('/tmp/gw-shots', { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

describe.each(['strong', 'weak', 'tools-ahead'])('the report of a %s profile', (profile) => {
  const file = `tests/e2e/fixtures/report-${profile}.json`

  test('shows the numbers the CLI prints, passes axe at 1280 and 360 px and stays on its origin', async () => {
    const expected = cliScore(file)
    const { page, context, requests, errors } = await newSession(browser)
    await openReport(page, file)

    const summary = page.getByRole('region', { name: 'Gesamtbild' })
    const level = questionnaire.maturityLevels.find((l) => l.id === expected.overall.level)!
    await expect(summary.getByText(level.name.de, { exact: true }).count()).resolves.toBe(1)
    expect(number((await summary.getByText(/von 100$/).textContent())!.replace(' von 100', ''))).toBe(
      expected.overall.score,
    )
    const figures = await summary.getByRole('definition').allTextContents()
    expect(figures.map(number)).toEqual([expected.foundationIndex, expected.toolIndex, expected.toolIndexCounted])
    await expect(
      summary
        .getByText(`${expected.completeness.answered} von ${expected.completeness.total} Fragen beantwortet`)
        .count(),
    ).resolves.toBe(1)

    // The chart's table: opened as a person would, one row per dimension.
    await page.getByText('Zahlen als Tabelle').click()
    const table = page.getByRole('table', { name: 'Punkte je Bereich (0 bis 100)' })
    for (const dimension of expected.dimensions) {
      const row = table.getByRole('row', {
        name: new RegExp(`^${dimensionTitle(dimension.id)}\\b`),
      })
      expect(number(await row.getByRole('cell').nth(1).textContent())).toBe(dimension.score)
    }

    const findings = page.getByRole('region', { name: 'Was auffällt' })
    await expect(findings.getByRole('article').count()).resolves.toBe(expected.findings.length)
    for (const finding of expected.findings)
      await expect(
        findings.getByRole('heading', { name: findingTitle[finding.kind]!(finding), exact: true }).count(),
      ).resolves.toBe(1)

    // The map: the company as a point between business model and tools introduced, and the same as a table.
    const map = page.getByRole('region', { name: 'Geschäftsmodell und eingeführte Werkzeuge' })
    const quadrant = QUADRANTS[expected.quadrant!]!
    await expect(
      map
        .getByRole('img', { name: new RegExp(`Werkzeuge ${format(expected.adoption!.index!)} – ${quadrant}`) })
        .count(),
    ).resolves.toBe(1)
    const row = map.getByRole('row', { name: /Ihr Unternehmen/ })
    const cells = await row.getByRole('cell').allTextContents()
    expect([number(cells[0]!), number(cells[1]!), cells[3]]).toEqual([
      expected.businessModelScore,
      expected.adoption!.index,
      quadrant,
    ])

    const plan = page.getByRole('region', { name: 'Die nächsten Schritte' })
    const steps = await plan.getByRole('listitem').getByRole('heading', { level: 3 }).allTextContents()
    expect(steps).toEqual(
      expected.actionPlan.map((s) => questionnaire.questions.find((q) => q.id === s.question)!.title.de),
    )

    expect(await axeViolations(page)).toEqual([])

    await page.getByText('Zahlen als Tabelle').click()
    await page.screenshot({ path: `/tmp/gw-shots/report-${profile}.png`, fullPage: true })

    // On a phone: wide tables scroll in their own box, the page never sideways; still axe-clean.
    await page.setViewportSize({ width: 360, height: 780 })
    await page.getByText('Zahlen als Tabelle').click()
    // Charts follow the new width a frame or two later (ResizeObserver): the layout settles first.
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
    expect(await axeViolations(page)).toEqual([])
    await closeClean({ context, errors, requests })
  })
})

test('a kept assessment can be compared with today and deleted; print hides the controls', async () => {
  const { page, context, requests } = await newSession(browser)
  await openReport(page, 'tests/e2e/fixtures/report-tools-ahead.json')
  await page.getByRole('button', { name: 'Diesen Stand aufbewahren' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Dieser Stand ist aufbewahrt.' }).count()).resolves.toBe(1)

  // Later: the business model improved. Replace the stored answers and reload.
  const stored = (await storedResponse(page))!
  for (const id of Object.keys(stored.answers)) if (id.startsWith('bm-')) stored.answers[id] = { choice: 4 }
  await replaceStoredResponse(page, { ...stored, updatedAt: new Date().toISOString() })
  await page.reload()
  const compare = page.getByRole('combobox', { name: 'Vergleichen mit' })
  await compare.selectOption({ index: 1 })
  const table = page.getByRole('table', { name: /und heute$/ })
  const row = table.getByRole('row', { name: /^Geschäftsmodell/ })
  await row.waitFor()
  const before = cliScore('tests/e2e/fixtures/report-tools-ahead.json').dimensions.find(
    (d) => d.id === 'business-model',
  )!
  await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([
    format(before.score!),
    '100,0',
    `+${format(100 - before.score!)}`,
  ])
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: '/tmp/gw-shots/report-comparison.png', fullPage: true })

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('button', { name: 'Drucken' }).isVisible()).resolves.toBe(false)
  await expect(page.getByRole('navigation').first().isVisible()).resolves.toBe(false)
  await expect(page.getByRole('heading', { name: 'Das Fundament' }).isVisible()).resolves.toBe(true)
  // The browser announces printing: the charts redraw at the width of an A4 page, not the screen's.
  const chartWidths = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('svg.recharts-surface')].map((svg) => Number(svg.getAttribute('width'))),
    )
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  expect(Math.max(...(await chartWidths()))).toBeLessThanOrEqual(700)
  await page.pdf({ path: '/tmp/gw-shots/report-print.pdf', format: 'A4', printBackground: true })
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await page.emulateMedia({ media: 'screen' })
  await page.setViewportSize({ width: 1280, height: 900 })
  expect(Math.max(...(await chartWidths()))).toBeGreaterThan(700)

  await page.getByRole('button', { name: /löschen$/ }).click()
  await page.getByRole('button', { name: 'Ja, löschen' }).click()
  await expect(page.getByText('Noch nichts aufbewahrt.').count()).resolves.toBe(1)
  await closeClean({ context, requests })
})
