/**
 * How long after the report appeared the PDF is prepared (then only once the page is idle): the
 * work runs in a worker, off the page's thread, so the sooner the better.
 */
export const SETTLE_DELAY_MS = 200

/**
 * Runs `task` once the page has settled: a moment after it rendered, then when the main thread is
 * idle (at the latest two seconds later). Returns the cancel function for an effect's clean-up.
 */
export function whenSettled(task: () => void, delay = SETTLE_DELAY_MS): () => void {
  let idle: number | undefined
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 2000 })
    else task()
  }, delay)
  return () => {
    clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
