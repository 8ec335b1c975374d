// Saves full-page screenshots of the report for a strong, a weak and a tools-ahead profile of the
// default questionnaire (German, desktop and 360 px; the strong one with the consultant's branding)
// to /tmp/gw-shots/ (or SHOTS_DIR), for a look at the report as a client sees it. With the preview
// server up:  npx vite preview & E2E_BASE_URL=http://127.0.0.1:4173/ npx tsx tests/e2e/report-screenshots.ts
import { mkdirSync } from 'node:fs'
import type { Answers, AssessmentResponse, Choice } from '../../src/domain/index.ts'
import { completeResponse, defaultQuestionnaire, fixtureBranding } from '../builders/sample.ts'
import { baseUrl, launchBrowser, newSession } from './browser.ts'

const dir = process.env.SHOTS_DIR ?? '/tmp/gw-shots'
mkdirSync(dir, { recursive: true })
const questionnaire = defaultQuestionnaire()

function profile(level: (foundation: boolean, i: number) => Choice): AssessmentResponse {
  const answers: Answers = {}
  questionnaire.questions.forEach((question, i) => {
    const foundation = questionnaire.dimensions.find((d) => d.id === question.dimension)?.layer === 'foundation'
    answers[question.id] = { choice: level(foundation, i) }
  })
  return { ...completeResponse(questionnaire), answers }
}

const profiles = {
  strong: profile((foundation, i) => (foundation ? ((3 + (i % 2)) as Choice) : ((2 + (i % 2)) as Choice))),
  weak: profile((_, i) => (i % 7 === 3 ? 'dontKnow' : ((i % 3 === 0 ? 1 : 0) as Choice))),
  'tools-ahead': profile((foundation, i) => (foundation ? ((1 + (i % 2)) as Choice) : 4)),
}

const browser = await launchBrowser()
try {
  for (const [name, response] of Object.entries(profiles))
    for (const width of [1280, 360]) {
      const { page, context } = await newSession(browser, { width, height: width === 360 ? 780 : 900 })
      await page.goto(baseUrl)
      await page.evaluate(
        ({ response, branding }) => {
          localStorage.setItem(
            'groundwork.assessment',
            JSON.stringify({ state: { response, lastQuestionId: null }, version: 1 }),
          )
          if (branding) localStorage.setItem('groundwork.branding', JSON.stringify({ state: { branding }, version: 1 }))
        },
        { response, branding: name === 'strong' ? fixtureBranding : null },
      )
      await page.goto(`${baseUrl}#/report`)
      await page.reload()
      await page.locator('.recharts-surface').first().waitFor()
      await page.waitForTimeout(800)
      await page.screenshot({ path: `${dir}/report-${name}-${width}.png`, fullPage: true })
      await context.close()
    }
} finally {
  await browser.close()
}
console.log(`screenshots in ${dir}`)
