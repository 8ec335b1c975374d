// Times the PDF download in headless Chromium against the built app, a solo report and a
// 30-participant workshop, as the user sees it: from the click on the button (the click event's own
// time) to the download starting (the app clicks the file's link), both on the page's clock.
// "Cold": the report is opened afresh (a new page load, the app's code from the service worker's
// cache, the PDF worker not yet running) and the button clicked as soon as it shows. "Open 3 s": the
// report has been open three seconds, the PDF prepared in the background meanwhile. Also the longest
// task on the page's main thread meanwhile (PerformanceObserver 'longtask'): the page must stay responsive.
import type { BrowserContext, Page } from 'playwright-core'
import { completeResponse, defaultQuestionnaire, fixtureWorkshop, teamParticipants } from '../tests/builders/sample.ts'
import { launchBrowser } from '../tests/e2e/browser.ts'
import { longestTaskBetween, recordLongTasks } from '../tests/e2e/long-tasks.ts'

export interface PdfTiming {
  /** Median of the runs, in ms. */
  cold: number
  open3s: number
  /** The longest main-thread task between click and file, over the runs of each kind (0: none over 50 ms). */
  longestTaskMs: { cold: number; open3s: number }
}

const RUNS = 3

interface PdfClicks {
  __pdfClick?: number
  __pdfDownload?: number
}

/** Runs in the page before its scripts: when a button was clicked, and when a file's link was. */
function recordClicks(): void {
  const clicks = window as unknown as PdfClicks
  addEventListener(
    'click',
    (event) => {
      const target = event.target as Element
      if (target.closest('a[download]')) clicks.__pdfDownload ??= performance.now()
      else if (target.closest('button')) clicks.__pdfClick ??= event.timeStamp
    },
    true,
  )
}

async function recordPdfClicks(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordClicks)
}

async function timeDownload(page: Page, url: string, button: string, waitMs: number) {
  await page.goto('about:blank')
  await page.goto(url)
  const target = page.getByRole('button', { name: button })
  await target.waitFor()
  if (waitMs > 0) await page.waitForTimeout(waitMs)
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await target.click()
  await (await download).path()
  const { clickedAt, downloadAt } = await page.evaluate(() => {
    const clicks = window as unknown as PdfClicks
    return { clickedAt: clicks.__pdfClick!, downloadAt: clicks.__pdfDownload! }
  })
  return { ms: downloadAt - clickedAt, longestTaskMs: await longestTaskBetween(page, clickedAt, downloadAt) }
}

async function measure(page: Page, url: string, button: string): Promise<PdfTiming> {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const cold = []
  const open = []
  for (let i = 0; i < RUNS; i++) {
    cold.push(await timeDownload(page, url, button, 0))
    open.push(await timeDownload(page, url, button, 3000))
  }
  return {
    cold: median(cold.map((r) => r.ms)),
    open3s: median(open.map((r) => r.ms)),
    longestTaskMs: {
      cold: Math.max(...cold.map((r) => r.longestTaskMs)),
      open3s: Math.max(...open.map((r) => r.longestTaskMs)),
    },
  }
}

/** Solo and team timings in ms, with the longest main-thread task while the PDF was made. */
export async function benchPdfInBrowser(baseUrl: string) {
  const questionnaire = defaultQuestionnaire()
  const browser = await launchBrowser()
  try {
    // A German browser: the app follows the browser's language, and the buttons are found by their German names.
    const context = await browser.newContext({ acceptDownloads: true, locale: 'de-DE' })
    await recordLongTasks(context)
    await recordPdfClicks(context)
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
    await page.reload()
    const solo = await measure(page, `${baseUrl}#/report`, 'PDF herunterladen')
    const team = await measure(page, `${baseUrl}#/workshops/bench-workshop/report`, 'Team-PDF herunterladen')
    await context.close()
    return { solo, team }
  } finally {
    await browser.close()
  }
}
