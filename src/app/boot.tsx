// The app itself, started by src/main.tsx once the static first paint is on screen.
import { startTransition, StrictMode, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { setWorkspaceReady } from '../data/ready.tsx'
import { mayHaveStoredData } from '../data/stored.ts'
import { followSettingsAcrossTabs, useSettingsStore } from '../store/settings-store.ts'
import { App } from './app.tsx'
import { markAppRunning } from '../ui/queued-click.ts'
import { isStartRoute } from './first-paint.ts'
import { nextTask } from './next-task.ts'
import { rememberReturningVisitor } from './returning-visitor.ts'

const container = document.getElementById('root')!
// The built page holds the start page as static HTML (see src/app/first-paint.ts): take it over
// where it is what the app shows first, in its language; anywhere else draw anew.
const prerendered = container.dataset.prerendered
container.removeAttribute('data-prerendered')
const hydrating = prerendered === useSettingsStore.getState().locale && isStartRoute(location.hash)

let shown: () => void = () => undefined
const hydrated = new Promise<void>((resolve) => (shown = resolve))
/** Renders nothing; its effect runs once the start page has been taken over. */
function WhenHydrated() {
  useEffect(() => shown(), [])
  return null
}

/**
 * Resolves at the visitor's first sign of acting on the page (or at once if a click already waits),
 * or once the start page's file import — which needs the workspace to show its button — comes into view.
 */
function firstInput(): Promise<void> {
  return new Promise((resolve) => {
    const events = [
      'pointerdown',
      'touchstart',
      'click',
      'keydown',
      'focusin',
      'wheel',
      'scroll',
      'hashchange',
    ] as const
    const act = () => {
      for (const name of events) removeEventListener(name, act, true)
      inView?.disconnect()
      resolve()
    }
    for (const name of events) addEventListener(name, act, { capture: true, passive: true })
    // Reached without scrolling (a tall window) or by a screen reader's reading cursor.
    const fileImport = document.getElementById('import-title')
    const inView =
      fileImport && 'IntersectionObserver' in window
        ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && act())
        : undefined
    if (fileImport) inView?.observe(fileImport)
    if (document.documentElement.hasAttribute('data-queued-click')) act()
  })
}

/**
 * The data layer (IndexedDB, and zod to check what it reads): a page of stored state waits for it,
 * so on a link to one it loads at once. The start page shows nothing stored until a returning
 * visitor's "continue" card: there it loads once the page is taken over, not amid the hydration —
 * and on a first visit (nothing stored: no card to show) only when the visitor acts, so that a
 * phone's main thread is not busy with it while the page is being read. Either way zod with the
 * schemas (the larger part) is evaluated in a task before the rest.
 */
async function openWorkspace(): Promise<void> {
  if (hydrating) {
    await hydrated
    await nextTask()
    if (!(await mayHaveStoredData())) await acted
  }
  await import('../domain/questionnaire/schema.ts')
  await nextTask()
  const { startWorkspace } = await import('../data/start.ts')
  await startWorkspace()
}

// Listened for from the start: a click during the hydration must open the workspace too.
const acted = firstInput()
const opening = openWorkspace()
setWorkspaceReady(opening)
rememberReturningVisitor(opening)
followSettingsAcrossTabs()

const app = (
  <StrictMode>
    <App />
    <WhenHydrated />
  </StrictMode>
)
// React answers clicks from here on (during hydration too); one made earlier waits in the page.
markAppRunning()
// As a transition: React renders in slices, yielding to the browser between them, so a phone's main
// thread is never held for the whole first render (Lighthouse's blocking time); a click meanwhile
// hydrates what it needs at once.
if (hydrating) startTransition(() => void hydrateRoot(container, app))
// Anywhere else the page's frame stays on screen until React's first commit replaces it.
else {
  const root = createRoot(container)
  startTransition(() => root.render(app))
}
