// Screen, PDF and CSV say the same: one response and one team, their numbers and labels compared
// across every output, and "before you buy" on the first page of screen and PDF.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { aggregateTeam, LABELS, roleName, scoreResponse } from '../../src/domain/index.ts'
import { completeResponse } from '../builders/sample.ts'
import { defaultQuestionnaire, seedAssessment, seedTeamWorkshop } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'

const questionnaire = defaultQuestionnaire()
const score = (value: number) => (Math.round(value * 10) / 10).toFixed(1).replace('.', ',')

const browser = sharedBrowser()

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = join(mkdtempSync(join(tmpdir(), 'groundwork-e2e-')), file.suggestedFilename())
  await file.saveAs(path)
  return path
}

function pdfPages(file: string): string[] {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/\s+/g, ' '))
}

test('one response: "before you buy" on page 1 of screen and PDF; the same figures on screen and in the PDF', async () => {
  const { page, context } = await newSession(browser)
  const response = completeResponse(questionnaire)
  await seedAssessment(page, response)
  await page.goto(`${baseUrl}#/report`)
  const buy = page.getByRole('region', { name: 'Bevor Sie kaufen' })
  await buy.getByRole('combobox').selectOption({ label: 'Webshop oder Kundenportal' })
  const verdict = buy.getByRole('article', { name: 'Bevor Sie kaufen: Webshop oder Kundenportal' })
  await verdict.waitFor()
  const said = (await verdict.locator('.report-buy-headline').textContent())!
  expect(said).toBe('Das Fundament trägt es noch nicht – erst klären, dann entscheiden.')
  // On the first screen: above the findings, within the first viewport height and a half.
  const box = (await verdict.boundingBox())!
  expect(box.y).toBeLessThan(1.5 * page.viewportSize()!.height + 400)

  const report = scoreResponse(questionnaire, { ...response, consideringTool: 'web-shop-portal' })
  const summary = page.getByRole('region', { name: 'Gesamtbild' })
  const figures = await summary.getByRole('definition').allTextContents()
  expect(figures).toEqual([report.foundationIndex!, report.toolIndex!, report.toolIndexCounted!].map(score))

  const pages = pdfPages(await download(page, 'PDF herunterladen'))
  expect(pages[0]).toContain('Bevor Sie kaufen: Webshop oder Kundenportal')
  expect(pages[0]).toContain(said)
  const pdf = pages.join(' ')
  expect(pdf).toContain(`${score(report.overall!)} von 100 Punkten`)
  for (const figure of figures) expect(pdf).toContain(figure)
  for (const dimension of report.dimensions) expect(pdf).toContain(`${score(dimension.score!)} Punkte`)
  // The same words: the finding titles on screen are the PDF's.
  const titles = await page
    .getByRole('region', { name: 'Was auffällt' })
    .getByRole('heading', { level: 3 })
    .allTextContents()
  expect(titles.length).toBeGreaterThan(1)
  for (const title of titles) expect(pdf).toContain(title)
  await context.close()
})

test('one team: the team report, its PDF and its CSV show the same scores, roles and labels', async () => {
  const { page, context } = await newSession(browser)
  const people = await seedTeamWorkshop(page, 'w-truth', 4)
  await page.goto(`${baseUrl}#/workshops/w-truth/report`)
  const table = page.getByRole('table', { name: 'Dimensionen: Punkte von 100, Team und Spanne der Einzelnen' })
  await table.waitFor()
  const team = aggregateTeam(questionnaire, people)
  const screenScores = await table.locator('tbody tr td:first-of-type').allTextContents()
  expect(screenScores).toEqual(team.team.dimensions.map((d) => score(d.score!)))

  const pdf = pdfPages(await download(page, 'Team-PDF herunterladen')).join(' ')
  expect(pdf).toContain(`${score(team.team.overall!)} von 100 Punkten`)
  for (const value of screenScores) expect(pdf).toContain(value)
  const csv = readFileSync(await download(page, 'Alle Antworten als CSV (Excel)'), 'utf8')
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((r) => r.split(';'))
  // The same anonymous names and role names in CSV, PDF and on screen.
  const labels = LABELS.de
  expect(rows[0]!.slice(3, 7)).toEqual([1, 2, 3, 4].map(labels.participant))
  // Anonymised, no role stands beside "Person N" (in a small team it would say who wrote a note):
  // the roles are counted in the details block, under the same names as in the PDF.
  expect(rows[1]!.slice(3, 7)).toEqual(['', '', '', ''])
  const counted = rows.find((r) => r[0] === 'Rollen')?.[1] ?? ''
  for (const person of people) expect(counted).toContain(roleName('de', person.role))
  for (const n of [1, 2, 3, 4]) expect(pdf).toContain(labels.participant(n))
  expect(pdf).toContain(roleName('de', 'management'))
  // "Don't know" is written the same way in the CSV as on screen.
  expect(csv).toContain(labels.choices.dontKnow)
  await page.getByRole('button', { name: 'Einzelprofile zeigen' }).click()
  await expect(
    page
      .getByRole('rowheader', { name: labels.participant(1) })
      .first()
      .count(),
  ).resolves.toBeGreaterThan(0)
  await context.close()
})
