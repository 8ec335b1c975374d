// The app itself, started by src/main.tsx once the static first paint is on screen.
import { startTransition, StrictMode, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { setWorkspaceReady } from '../data/ready.tsx'
import { mayHaveStoredData } from '../data/stored.ts'
import { followSettingsAcrossTabs, useSettingsStore } from '../store/settings-store.ts'
import { App } from './app.tsx'
import { prepareBeginning } from '../features/assessment/prepare-beginning.ts'
import { markAppRunning } from '../ui/queued-click.ts'
import { isStartRoute } from './first-paint.ts'
import { nextTask } from './next-task.ts'
import { rememberReturningVisitor } from './returning-visitor.ts'
import { visitorActs } from './visitor-acts.ts'

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
 * The data layer (IndexedDB, and zod to check what it reads): a page of stored state waits for it,
 * so on a link to one it loads at once. The start page shows nothing stored until a returning
 * visitor's "continue" card: there it loads once the page is taken over, not amid the hydration.
 * A first visit (nothing stored: no card to show) started the app only when the visitor acted
 * (main.tsx), and what they do next needs the workspace: it opens beside the hydration. (A page
 * opened hidden started the app at once, and waits here for the visitor.) Either way zod with the
 * schemas (the larger part) is evaluated in a task before the rest.
 */
async function openWorkspace(): Promise<void> {
  if (hydrating) {
    if (await mayHaveStoredData()) {
      await hydrated
      await nextTask()
    } else await acted
  }
  await import('../domain/questionnaire/schema.ts')
  await nextTask()
  const { startWorkspace } = await import('../data/start.ts')
  await startWorkspace()
}

// Listened for from the start (main.tsx may have been waiting for it already): a click during the
// hydration must open the workspace too.
const acted = visitorActs()
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
// A click on the begin button made before the app ran is carried out once the start page is taken
// over: what it leads to is fetched meanwhile.
if (hydrating && document.documentElement.getAttribute('data-queued-click') === 'begin') void prepareBeginning()
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
