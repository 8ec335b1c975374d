// The owner's first impressions (issue 14): example reports beside the user's own answers, every page
// opening at its top, the company's details on the report, and a phone's view of the long pages.
import { mkdirSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { completeResponse, defaultQuestionnaire } from '../builders/sample.ts'
import { readStore, seedAssessment, storedResponse } from './app.ts'
import { baseUrl, launchBrowser, newSession } from './browser.ts'
import { axeViolations as axe } from './axe.ts'
import { closeClean } from './close-clean.ts'

const SHOTS = process.env.SHOTS_DIR ?? '/tmp/gw-shots'
mkdirSync(SHOTS, { recursive: true })
const questionnaire = defaultQuestionnaire()
const own = {
  ...completeResponse(questionnaire),
  company: { name: 'Müller Straßenbau GmbH', industry: 'Straßenbau', size: '10–49', role: 'Inhaber' },
}
const WIDTHS = [1280, 360] as const

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser.close()
})

async function session(width: number) {
  const opened = await newSession(browser, { width, height: width === 360 ? 780 : 900 })
  await seedAssessment(opened.page, own)
  return opened
}

describe.each(WIDTHS)('at %i px', (width) => {
  test('an example report opens from the start page, marked as one; the own assessment stays untouched', async () => {
    const { page, context, requests, errors } = await session(width)
    await page.goto(baseUrl)
    // The start page paints before the app has read the workspace: the own assessment's card says it has.
    await page.getByRole('heading', { name: 'Ihre Einschätzung' }).waitFor()
    const before = await storedResponse(page)
    expect(before?.company?.name).toBe('Müller Straßenbau GmbH')

    await page.getByRole('link', { name: /Haustechnik Brandt GmbH/ }).click()
    await page.waitForURL(/#\/examples\/tool-first$/)
    await page.getByRole('heading', { level: 1, name: /Ihr Bericht\s*für Haustechnik Brandt GmbH/ }).waitFor()
    const banner = page.getByRole('note', { name: 'Beispielbericht' })
    await expect(banner.textContent()).resolves.toMatch(/erfunden.*Ihre eigenen Antworten bleiben unberührt/)
    await page.getByRole('heading', { name: 'Werkzeuge gekauft, bevor das Geschäft verstanden ist' }).waitFor()
    await page.locator('.recharts-surface').first().waitFor()
    expect(await axe(page)).toEqual([])
    await banner.screenshot({ path: `${SHOTS}/owner-example-banner-${width}.png` })

    // What the reader changes stays on the page; the PDF is the example's.
    await page.getByRole('combobox', { name: /Ziel für Geschäftsmodell/ }).selectOption({ index: 3 })
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'PDF herunterladen' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^groundwork-haustechnik-brandt-gmbh-.*\.pdf$/)

    await page.getByRole('link', { name: /Bäckerei Lindner/ }).click()
    await page.getByRole('heading', { level: 1, name: /Bäckerei Lindner/ }).waitFor()
    expect(await page.evaluate(() => scrollY)).toBe(0)

    // The own assessment: the same record, unchanged, and still the one the report shows.
    expect(await storedResponse(page)).toEqual(before)
    expect(await readStore(page, 'assessments')).toHaveLength(1)
    await page.getByRole('navigation', { name: /Haupt/ }).getByRole('link', { name: 'Bericht' }).click()
    await page.getByRole('heading', { level: 1, name: /Müller Straßenbau GmbH/ }).waitFor()
    expect(await page.getByRole('note', { name: 'Beispielbericht' }).count()).toBe(0)
    await closeClean({ context, errors, requests })
  })

  test('"Zum Bericht" opens the report at its top with focus on its heading; the company details are on it', async () => {
    const { page, context } = await session(width)
    await page.goto(`${baseUrl}#/overview`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    // An owner working alone is not asked to send anything to a workshop.
    expect(await page.getByRole('heading', { name: /senden/ }).count()).toBe(0)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.getByRole('link', { name: 'Zum Bericht' }).click()
    await page.getByRole('heading', { level: 1, name: /Ihr Bericht/ }).waitFor()
    await page.locator('.recharts-surface').first().waitFor()
    expect(await page.evaluate(() => scrollY)).toBe(0)
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('report-title')
    const header = page.locator('.report-header')
    await expect(header.textContent()).resolves.toMatch(
      /Branche:?\s*Straßenbau.*Größe:?\s*10–49 Beschäftigte.*Rolle:?\s*Inhaber/,
    )
    await header.screenshot({ path: `${SHOTS}/owner-report-header-${width}.png` })

    // Finished: the start page leads to the report, not back to question 1.
    await page.getByRole('link', { name: 'Groundwork – zur Startseite' }).click()
    await page.getByRole('link', { name: /Zum Bericht/ }).click()
    await page.waitForURL(/#\/report$/)
    await context.close()
  })

  test('the radar is legible: its labels clear of the points, the web as wide as the screen allows', async () => {
    const { page, context } = await session(width)
    await page.goto(`${baseUrl}#/report`)
    const radar = page.locator('.report-chart .recharts-surface').first()
    await radar.waitFor()
    const boxes = await page.evaluate(() => {
      const rect = (e: Element) => e.getBoundingClientRect()
      const chart = document.querySelector('.report-chart .recharts-surface')!
      return {
        chart: rect(chart).width,
        labels: [...chart.querySelectorAll('.recharts-polar-angle-axis-tick text')].map(rect),
        points: [...chart.querySelectorAll('.recharts-radar-dots > *, .recharts-radar-dot')].map(rect),
        grid: rect(chart.querySelector('.recharts-polar-grid')!).width,
      }
    })
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    expect(boxes.labels).toHaveLength(questionnaire.dimensions.length)
    expect(boxes.points.length).toBeGreaterThanOrEqual(questionnaire.dimensions.length)
    expect(boxes.labels.flatMap((l) => boxes.points.filter((p) => overlaps(l, p)))).toEqual([])
    // Every label inside the chart, and the web itself well over half the chart's width.
    for (const label of boxes.labels) expect(label.left >= 0 && label.right <= width).toBe(true)
    expect(boxes.grid).toBeGreaterThan(boxes.chart * (width === 360 ? 0.6 : 0.45))
    await radar.screenshot({ path: `${SHOTS}/owner-radar-${width}.png` })
    await context.close()
  })

  test('the target profile is usable: a real select and the gap to the target on screen', async () => {
    const { page, context } = await session(width)
    await page.goto(`${baseUrl}#/report`)
    const section = page.locator('.report-targets')
    await section.waitFor()
    const select = page.getByRole('combobox', { name: /Ziel für Kunden/ })
    await select.selectOption({ index: 4 })
    const box = (await select.boundingBox())!
    expect(box.width).toBeGreaterThan(width === 360 ? 250 : 150)
    const gapCell = page
      .getByRole('row', { name: /^Kunden/ })
      .getByRole('cell')
      .last()
    await expect(gapCell.textContent()).resolves.toMatch(/\d+,\d/)
    const gap = (await gapCell.boundingBox())!
    expect(gap.x + gap.width).toBeLessThanOrEqual(width)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
    await section.screenshot({ path: `${SHOTS}/owner-targets-${width}.png` })
    await context.close()
  })

  test('on a long area "Weiter" and the progress stay in reach while scrolling', async () => {
    const { page, context } = await session(width)
    await page.goto(`${baseUrl}#/assess/business-model`)
    await page.getByRole('heading', { level: 1, name: 'Geschäftsmodell' }).waitFor()
    const height = await page.evaluate(() => document.body.scrollHeight)
    for (const share of [0, 0.3, 0.6]) {
      await page.evaluate((y) => window.scrollTo(0, y), height * share)
      const next = (await page.getByRole('button', { name: /Weiter: Kunden/ }).boundingBox())!
      const viewport = page.viewportSize()!
      expect(next.y).toBeGreaterThanOrEqual(0)
      expect(next.y + next.height).toBeLessThanOrEqual(viewport.height)
      const strip = (await page.locator('.step-nav-progress').boundingBox())!
      expect(strip.y + strip.height).toBeLessThanOrEqual(viewport.height)
    }
    await page.screenshot({ path: `${SHOTS}/owner-step-${width}.png` })
    await context.close()
  })

  test("the workshop's file pickers are styled buttons named by their text, reachable by keyboard", async () => {
    const { page, context } = await newSession(browser, { width, height: 900 })
    await page.goto(`${baseUrl}#/workshops`)
    const input = page.getByLabel('Workshop-Datei (JSON) wählen')
    await input.waitFor({ state: 'attached' })
    await input.focus()
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe('file')
    const label = page.locator('label', { hasText: 'Workshop-Datei (JSON) wählen' })
    await expect(label.getAttribute('class')).resolves.toMatch(/\bbutton\b/)
    expect(await page.getByText('No file chosen').count()).toBe(0)
    await label.screenshot({ path: `${SHOTS}/owner-file-button-${width}.png` })
    await context.close()
  })
})
