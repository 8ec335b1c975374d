// Long tasks on the page's main thread (PerformanceObserver 'longtask', tasks over 50 ms): the
// browser suite and the bench check that the page stays responsive while the PDF is made.
import type { BrowserContext, Page } from 'playwright-core'

interface Task {
  start: number
  end: number
}

/** Runs in the page before its first script: records every long task in `window.__longTasks`. */
function collect(): void {
  const tasks: Task[] = []
  ;(window as unknown as { __longTasks: Task[] }).__longTasks = tasks
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/** Records long tasks in every page of the context from now on. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(collect)
}

/** The page's clock (performance.now()), to bound an interval. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now())
}

/** The longest long task (ms) that overlapped the page-time interval [from, to]; 0 if none. */
export function longestTaskBetween(page: Page, from: number, to: number): Promise<number> {
  return page.evaluate(
    ([a, b]) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: Task[] }).__longTasks
          .filter((t) => t.end >= a && t.start <= b)
          .map((t) => t.end - t.start),
      ),
    [from, to] as const,
  )
}
