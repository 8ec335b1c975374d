/**
 * Resolves in a later task: what follows runs after the browser has had its turn (input, paint).
 * `scheduler.yield()` where the browser has it (it keeps this work ahead of other queued tasks).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0))
}
