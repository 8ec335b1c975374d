// Saves screenshots of the workshop pages (list, a workshop with imported answers, live mode, team report,
// join and share pages) beside an assessment page, at 1280 and 360 px, plus a focused button on a workshop
// page and on an assessment page: to compare their greys, buttons and focus ring. Run with the preview up:
//   npx vite preview & E2E_BASE_URL=http://127.0.0.1:4173/ SHOTS_DIR=/tmp/gw-shots/workshop npx tsx tests/e2e/workshop-screenshots.ts
import { mkdirSync, readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { encodeShareCode, validateResponse } from '../../src/domain/index.ts'
import { defaultQuestionnaire, seedAssessment, seedTeamWorkshop } from './app.ts'
import { baseUrl, launchBrowser, newSession } from './browser.ts'

const dir = process.env.SHOTS_DIR ?? '/tmp/gw-shots/workshop'
mkdirSync(dir, { recursive: true })
const questionnaire = defaultQuestionnaire()
const answers = JSON.parse(readFileSync('tests/e2e/fixtures/report-tools-ahead.json', 'utf8')) as unknown
const fixture = validateResponse(answers)
if (!fixture.ok) throw new Error('tests/e2e/fixtures/report-tools-ahead.json is invalid')
const code = await encodeShareCode(fixture.value, questionnaire)
const version = `${questionnaire.id}@${questionnaire.version}`

const pages = {
  'workshop-list': '/workshops',
  workshop: '/workshops/w-shots',
  live: '/workshops/w-shots/live',
  'team-report': '/workshops/w-shots/report',
  join: `/join?w=w-shots&q=${encodeURIComponent(version)}&t=Standortbestimmung&r=staff`,
  share: `/share/${code}?w=w-shots`,
  assessment: `/assess/${questionnaire.dimensions[0]!.id}`,
}

async function visit(page: Page, route: string) {
  await page.goto(`${baseUrl}#${route}`)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  // Charts and lazy parts settle after the heading.
  await page.waitForTimeout(400)
}

/** Tabs until a button (or a link styled as one) has the focus, then shows that part of the page. */
async function focusFirstButton(page: Page) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab')
    const isButton = await page.evaluate(() => {
      const el = document.activeElement
      return el !== null && (el.tagName === 'BUTTON' || /\bbutton\b/.test(el.className)) && !el.closest('header')
    })
    if (isButton) break
  }
  await page.evaluate(() => document.activeElement?.scrollIntoView({ block: 'center' }))
}

const browser = await launchBrowser()
try {
  for (const width of [1280, 360]) {
    const { page, context } = await newSession(browser, { width, height: width === 360 ? 780 : 900 })
    await seedTeamWorkshop(page, 'w-shots', 5)
    await seedAssessment(page, answers)
    for (const [name, route] of Object.entries(pages)) {
      await visit(page, route)
      await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true })
    }
    for (const name of ['workshop', 'assessment'] as const) {
      await visit(page, pages[name])
      await focusFirstButton(page)
      await page.screenshot({ path: `${dir}/${name}-focus-${width}.png` })
    }
    await context.close()
  }
} finally {
  await browser.close()
}
console.log(`screenshots in ${dir}`)
