// The instrument of questionnaire 2.0 in a real browser: the tool inventory, the map on the report and
// the team report (axe at 1280 and 360 px), and answers of questionnaire 1.0 carried over to 2.0.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { validateQuestionnaire, type AssessmentResponse, type Questionnaire } from '../../src/domain/index.ts'
import { defaultQuestionnaire, seedAssessment, seedTeamWorkshop, storedResponse } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { axeViolations } from './axe.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const archived = (() => {
  const checked = validateQuestionnaire(
    JSON.parse(readFileSync(new URL('../../questionnaires/archive/groundwork-1.0.json', import.meta.url), 'utf8')),
  )
  if (!checked.ok) throw new Error('the archived questionnaire 1.0 is invalid')
  return checked.value
})()

const browser = sharedBrowser()

function responseTo(q: Questionnaire, level: 0 | 1 | 2 | 3 | 4): AssessmentResponse {
  return {
    format: 'groundwork-response',
    formatVersion: 2,
    id: `e2e-${q.version}`,
    questionnaire: { id: q.id, version: q.version },
    company: { name: 'Haustechnik Beispiel GmbH' },
    answers: Object.fromEntries(q.questions.map((question) => [question.id, { choice: level }])),
    createdAt: '2026-06-01T09:00:00.000Z',
    updatedAt: '2026-06-01T09:00:00.000Z',
  }
}

async function storeAssessment(page: Page, response: AssessmentResponse) {
  await seedAssessment(page, response)
}

test('the tool inventory is answered by keyboard and puts the company on the map, axe-clean at 1280 and 360 px', async () => {
  const { page, context, requests, errors } = await newSession(browser)
  const response = responseTo(questionnaire, 1)
  await storeAssessment(page, response)
  await page.goto(`${baseUrl}#/assess/technology`)
  const inventory = page.getByRole('region', { name: 'Welche Werkzeuge haben Sie eingeführt?' })
  await inventory.waitFor()
  const items = questionnaire.adoption!.items
  // Keyboard only: into each item's group with Tab, then along its choices with the arrow keys.
  await inventory.getByRole('radio').first().focus()
  for (let i = 0; i < items.length; i++) {
    const group = inventory.getByRole('group', { name: new RegExp(items[i]!.title.de.replace(/[/()]/g, '.')) })
    const target = i % 3 === 0 ? 'Eingeführt, von wenigen genutzt' : 'Nicht eingeführt'
    if (i > 0) await page.keyboard.press('Tab')
    await expect(
      group
        .getByRole('radio')
        .first()
        .evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true)
    await page.keyboard.press('Space')
    if (target !== 'Nicht eingeführt') await page.keyboard.press('ArrowRight')
    await expect(group.getByRole('radio', { name: target }).isChecked()).resolves.toBe(true)
  }
  await expect(
    inventory.getByText(`${items.length} von ${items.length} Werkzeugarten beantwortet`).count(),
  ).resolves.toBe(1)
  expect(await axeViolations(page)).toEqual([])
  const stored = await storedResponse(page)
  expect(stored?.adoption?.[items[0]!.id]).toEqual({ choice: 'fewUse' })
  expect(stored?.adoption?.[items[1]!.id]).toEqual({ choice: 'notIntroduced' })

  await page.goto(`${baseUrl}#/report`)
  const map = page.getByRole('region', { name: 'Geschäftsmodell und eingeführte Werkzeuge' })
  await map.waitFor()
  // 4 of 11 kinds introduced → 36.4; foundation at level 1 everywhere → 25.0
  await expect(
    map.getByRole('img', { name: /Geschäftsmodell 25,0, Werkzeuge 36,4 – Noch am Anfang/ }).count(),
  ).resolves.toBe(1)
  const cells = await map
    .getByRole('row', { name: /Ihr Unternehmen/ })
    .getByRole('cell')
    .allTextContents()
  expect(cells.map((c) => c.replace(/\s/g, ' '))).toEqual(['25,0', '36,4', '0 %', 'Noch am Anfang'])
  const findings = page.getByRole('region', { name: 'Was auffällt' })
  await expect(findings.getByRole('heading', { name: 'Gekauft, aber kaum genutzt' }).count()).resolves.toBe(1)
  expect(await axeViolations(page)).toEqual([])
  await page.screenshot({ path: '/tmp/gw-shots/report-map.png', fullPage: true })
  await page.setViewportSize({ width: 360, height: 780 })
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
  expect(await axeViolations(page)).toEqual([])
  await map.screenshot({ path: '/tmp/gw-shots/report-map-360.png' })
  await closeClean({ context, errors, requests })
})

test('answers of questionnaire 1.0 open on 2.0: what carries over is said, and the 1.0 report stays comparable', async () => {
  const { page, context, errors } = await newSession(browser)
  const old = responseTo(archived, 2)
  await storeAssessment(page, old)
  await page.goto(`${baseUrl}#/report`)
  // Before moving on, the report is the 1.0 report, scored on its own version.
  await page.getByText(/Dieser Bericht beruht auf Version 1\.0/).waitFor()
  await page.getByRole('link', { name: 'Antworten auf Version 2.0 übernehmen' }).click()
  await page.getByRole('heading', { level: 1, name: 'Eine neue Fassung des Fragebogens: Version 2.0' }).waitFor()
  const carried = Object.keys(questionnaire.carryOver![0]!.questions).filter((id) => id in old.answers).length
  await expect(page.getByText(`${carried} Antworten werden übernommen.`).count()).resolves.toBe(1)
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Mit Version 2.0 weitermachen' }).click()
  await page.waitForURL(/#\/overview/)
  const moved = await storedResponse(page)
  expect(moved?.questionnaire.version).toBe('2.0')
  expect(Object.keys(moved!.answers)).toHaveLength(carried)

  await page.goto(`${baseUrl}#/report`)
  const compare = page.getByRole('combobox', { name: 'Vergleichen mit' })
  // Earlier versions are loaded in the background: the 1.0 entry joins the list a moment later.
  const earlier = compare.getByRole('option', { name: /Fragebogen 1\.0/ })
  await earlier.waitFor({ state: 'attached' })
  await compare.selectOption({ label: (await earlier.textContent())! })
  const table = page.getByRole('table', { name: /und heute$/ })
  const row = table.getByRole('row', { name: /^Geschäftsmodell/ })
  await row.waitFor()
  await expect(row.getByRole('cell').first().textContent()).resolves.toBe('50,0')
  await closeClean({ context, errors })
})

test('the team report puts the team and every participant on the map, axe-clean at 1280 and 360 px', async () => {
  const { page, context, errors } = await newSession(browser)
  await seedTeamWorkshop(page, 'w-map', 5)
  await page.goto(`${baseUrl}#/workshops/w-map/report`)
  const map = page.getByRole('region', { name: 'Geschäftsmodell und eingeführte Werkzeuge' })
  await map.waitFor()
  await expect(map.getByRole('img', { name: /^Karte: .*Team: Geschäftsmodell/ }).count()).resolves.toBe(1)
  // The team and five people, one row each.
  await expect(map.getByRole('row').count()).resolves.toBe(1 + 1 + 5)
  await expect(map.getByRole('row', { name: /^Team/ }).getByRole('cell').last().textContent()).resolves.toBe(
    'Werkzeuge zuerst',
  )
  expect(await axeViolations(page)).toEqual([])
  await map.screenshot({ path: '/tmp/gw-shots/team-map.png' })
  await page.setViewportSize({ width: 360, height: 780 })
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 3000 })
  expect(await axeViolations(page)).toEqual([])
  await closeClean({ context, errors })
})
