import './ui/tokens.css'
import './ui/base.css'
import { nextTask } from './app/next-task.ts'
import { visitorActs } from './app/visitor-acts.ts'
import { mayHaveStoredData } from './data/stored.ts'

// The built page shows the start page as static HTML (see src/app/first-paint.ts). The app — React,
// the router, the workspace: nearly all of the JavaScript — starts once that page is on screen, so
// its code never competes with the first paint for a slow line or the main thread. A click on the
// begin button meanwhile waits in the page (src/ui/queued-click.ts).
//
// In steps, each evaluated in a task of its own with the browser free between them: importing the
// app at once evaluates all of its modules in one task, which a phone's main thread holds for a few
// hundred milliseconds (Lighthouse's blocking time). The app's chunk imports them all statically,
// so it works alone too; a step only runs its modules earlier.
const start = () =>
  void (async () => {
    await import('react-dom/client')
    await nextTask()
    await import('./app/app.tsx')
    await nextTask()
    await import('./app/boot.tsx')
  })()

/**
 * Calls `then` once the first contentful paint has been presented (the browser's paint timing):
 * one animation frame is not enough, the frame may reach the screen after the code was requested.
 * Where the browser has no paint timing, after the next frame; if the page is hidden, at once.
 */
function afterFirstPaint(then: () => void): void {
  let started = false
  const once = () => {
    if (started) return
    started = true
    observer?.disconnect()
    document.removeEventListener('visibilitychange', once)
    setTimeout(then, 0)
  }
  let observer: PerformanceObserver | undefined
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) once()
    })
    observer.observe({ type: 'paint', buffered: true })
  } else requestAnimationFrame(once)
  // A page hidden before its paint paints nothing: nothing to wait for.
  document.addEventListener('visibilitychange', once)
}

/**
 * On the start page: a returning visitor's page becomes "continue" once the app has read what is
 * stored, so the app starts right after the first paint. A first visit (nothing stored) has nothing
 * to fetch: the page is complete as static HTML, and the app starts at the visitor's first sign of
 * acting (src/app/visitor-acts.ts) — a phone's main thread stays free while the page is read, and a
 * click meanwhile waits in the page. A browser that cannot say what it keeps counts as returning.
 */
async function startWhenNeeded(): Promise<void> {
  if (!(await mayHaveStoredData())) await acting
  start()
}

// Not the start page (a link to another page keeps only its frame, see first-paint.ts): nothing
// for the app to wait for, start at once. Neither for a page opened hidden (a background tab):
// it is ready when the visitor turns to it.
const acting = visitorActs() // listened for from now on: a sign before the paint counts too
const painted = document.getElementById('root')?.hasAttribute('data-prerendered') ?? false
if (document.visibilityState === 'hidden' || !painted) start()
else afterFirstPaint(() => void startWhenNeeded())
