// Times a 500-person staff survey in headless Chromium against the built app, as a facilitator
// meets it: 500 response files dropped on the workshop page at once, then the team report. Long
// tasks (main thread busy > 50 ms) are recorded throughout: they are what makes a page feel stuck.
import type { Page } from 'playwright-core'
import { defaultQuestionnaire, teamParticipants } from '../tests/builders/sample.ts'
import { launchBrowser } from '../tests/e2e/browser.ts'

export interface Responsiveness {
  /** From the action to what the user waits for. */
  ms: number
  /** The longest main-thread task in that time. */
  longestTaskMs: number
  /** Total blocking time: the sum of every long task's part beyond 50 ms. */
  blockingMs: number
}

async function longTasksSince(page: Page, since: number): Promise<{ longestTaskMs: number; blockingMs: number }> {
  const durations = await page.evaluate(
    (from) =>
      (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks
        .filter((t) => t.start >= from)
        .map((t) => t.duration),
    since,
  )
  return {
    longestTaskMs: Math.max(0, ...durations),
    blockingMs: durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  }
}

const pageNow = (page: Page) => page.evaluate(() => performance.now())

export async function benchTeamInBrowser(
  baseUrl: string,
): Promise<{ importing: Responsiveness; report: Responsiveness }> {
  const questionnaire = defaultQuestionnaire()
  const now = new Date().toISOString()
  const files = teamParticipants(questionnaire, 500).map((participant, n) => ({
    name: `antworten-${n + 1}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'groundwork-response',
        formatVersion: 1,
        id: `survey-${n + 1}`,
        questionnaire: { id: questionnaire.id, version: questionnaire.version },
        respondent: { role: participant.role },
        answers: participant.answers,
        createdAt: now,
        updatedAt: now,
      }),
    ),
  }))
  const workshop = {
    format: 'groundwork-workshop',
    formatVersion: 1,
    id: 'bench-survey',
    title: 'Mitarbeitendenbefragung',
    date: now.slice(0, 10),
    organisation: 'Müller Straßenbau GmbH',
    facilitator: 'Eva Groß',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    roles: ['management', 'staff', 'sales-service'],
    participants: [],
    consensus: {},
    createdAt: now,
    updatedAt: now,
  }
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({ locale: 'de-DE' })
    await context.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = []
      ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
      }).observe({ type: 'longtask', buffered: true })
      // Playwright hands the files over in one long task of its own: count the page's work from the
      // moment the file input reports its change.
      document.addEventListener(
        'change',
        () => {
          ;(window as unknown as { __changedAt: number }).__changedAt = performance.now()
        },
        true,
      )
    })
    const page = await context.newPage()
    await page.goto(baseUrl)
    await page.evaluate((w) => {
      localStorage.setItem('groundwork.workshops', JSON.stringify({ state: { workshops: [w] }, version: 1 }))
    }, workshop)
    await page.goto(`${baseUrl}#/workshops/bench-survey`)
    await page.reload()
    await page.getByLabel('Dateien auswählen').waitFor()

    let start = performance.now()
    await page.getByLabel('Dateien auswählen').setInputFiles(files)
    await page.getByText('500 hinzugefügt, 0 doppelt, 0 abgewiesen.').waitFor({ timeout: 60_000 })
    const changedAt = await page.evaluate(() => (window as unknown as { __changedAt: number }).__changedAt)
    const importing = { ms: performance.now() - start, ...(await longTasksSince(page, changedAt)) }

    const since = await pageNow(page)
    start = performance.now()
    await page.getByRole('link', { name: 'Teambericht' }).click()
    await page.getByRole('table', { name: /Dimensionen: Punkte von 100/ }).waitFor({ timeout: 60_000 })
    // Everything below the first table (topics, roles, consensus) renders after it: wait for the last section.
    await page.getByRole('heading', { level: 2, name: /Diskussionsthemen/ }).waitFor({ timeout: 60_000 })
    const report = { ms: performance.now() - start, ...(await longTasksSince(page, since)) }
    await context.close()
    return { importing, report }
  } finally {
    await browser.close()
  }
}
