// What the start page's late start costs the visitor: on a first visit the app starts only when the
// visitor acts (src/main.tsx), so a tap on "begin" as the very first act waits for the app's code as
// well as for the workspace and the company step. Timed in headless Chromium with the CPU slowed 4×
// (Lighthouse's mobile setting), on the page's clock: tap → the company step's heading on screen.
// Beside it the same tap after a scroll (which starts the app while the visitor reads).
import type { Page } from 'playwright-core'
import { launchBrowser } from '../tests/e2e/browser.ts'

const RUNS = 5

/** Notes, from navigation start, the click on the begin button and the company step's heading appearing. */
function recordTap() {
  const marks: { click?: number; shown?: number } = {}
  ;(window as unknown as { __tap: typeof marks }).__tap = marks
  addEventListener('click', (event) => (marks.click ??= event.timeStamp), true)
  new MutationObserver(() => {
    if (marks.shown === undefined && document.querySelector('h1')?.textContent === 'Über Ihr Unternehmen')
      marks.shown = performance.now()
  }).observe(document, { childList: true, subtree: true, characterData: true })
}

async function timeTap(page: Page, url: string, scrollFirst: boolean): Promise<number> {
  await page.goto(url, { waitUntil: 'load' })
  if (scrollFirst) await page.mouse.wheel(0, 200)
  // Reading the page.
  await page.waitForTimeout(3000)
  const begin = page.getByRole('button', { name: /Einschätzung beginnen/ })
  await begin.scrollIntoViewIfNeeded()
  await begin.tap()
  await page.getByRole('heading', { level: 1, name: 'Über Ihr Unternehmen' }).waitFor({ timeout: 60_000 })
  const { click, shown } = await page.evaluate(
    () => (window as unknown as { __tap: { click: number; shown: number } }).__tap,
  )
  return shown - click
}

/** Medians in ms: the tap as the first act, and after a scroll. */
export async function benchFirstTap(baseUrl: string): Promise<{ firstAct: number; afterScroll: number }> {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const browser = await launchBrowser()
  try {
    const times = { firstAct: [] as number[], afterScroll: [] as number[] }
    for (let i = 0; i < RUNS; i++)
      for (const scrollFirst of [false, true]) {
        // A fresh profile each time: a first visit, nothing stored.
        const context = await browser.newContext({
          locale: 'de-DE',
          viewport: { width: 412, height: 823 },
          hasTouch: true,
          isMobile: true,
        })
        await context.addInitScript(recordTap)
        const page = await context.newPage()
        const cdp = await context.newCDPSession(page)
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
        ;(scrollFirst ? times.afterScroll : times.firstAct).push(await timeTap(page, baseUrl, scrollFirst))
        await context.close()
      }
    return { firstAct: median(times.firstAct), afterScroll: median(times.afterScroll) }
  } finally {
    await browser.close()
  }
}
