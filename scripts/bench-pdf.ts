// Times the PDF download in headless Chromium against the built app: a solo report and a
// 30-participant workshop, from the click on the button to the finished file.
import type { Page } from 'playwright-core'
import {
  completeResponse,
  defaultQuestionnaire,
  fixtureWorkshop,
  teamParticipants,
} from '../src/features/pdf/fixtures.ts'
import { launchBrowser } from '../tests/e2e/browser.ts'

async function timeDownload(page: Page, button: string): Promise<number> {
  const start = performance.now()
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByRole('button', { name: button }).click()
  await (await download).path()
  return performance.now() - start
}

async function measure(page: Page, button: string) {
  const cold = await timeDownload(page, button)
  const warm: number[] = []
  for (let i = 0; i < 3; i++) warm.push(await timeDownload(page, button))
  warm.sort((a, b) => a - b)
  return { cold, warm: warm[1]! }
}

/** Cold (the PDF code and fonts load first) and warm (median of three) times in ms. */
export async function benchPdfInBrowser(baseUrl: string) {
  const questionnaire = defaultQuestionnaire()
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(baseUrl)
    const now = new Date().toISOString()
    const workshop = {
      format: 'groundwork-workshop',
      formatVersion: 1,
      id: 'bench-workshop',
      ...fixtureWorkshop,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      roles: ['management', 'staff', 'sales-service'],
      participants: teamParticipants(questionnaire, 30).map((p) => ({ ...p, source: 'file' })),
      consensus: {},
      createdAt: now,
      updatedAt: now,
    }
    await page.evaluate(
      ([response, workshop]) => {
        localStorage.setItem(
          'groundwork.assessment',
          JSON.stringify({ state: { response, lastQuestionId: null }, version: 1 }),
        )
        localStorage.setItem('groundwork.workshops', JSON.stringify({ state: { workshops: [workshop] }, version: 1 }))
      },
      [completeResponse(questionnaire), workshop] as const,
    )
    // An installed app: the service worker has finished precaching before the user asks for a PDF
    // (on a first visit it would still be downloading every chunk in the background).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      if (!registration.active) throw new Error('no active service worker')
    })
    await page.goto(`${baseUrl}#/report`)
    await page.reload()
    const solo = await measure(page, 'PDF herunterladen')
    await page.goto(`${baseUrl}#/workshops/bench-workshop/report`)
    const team = await measure(page, 'Team-PDF herunterladen')
    await context.close()
    return { solo, team }
  } finally {
    await browser.close()
  }
}
