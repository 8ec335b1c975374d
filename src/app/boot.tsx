// The app itself, started by src/main.tsx once the static first paint is on screen.
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { setWorkspaceReady } from '../data/ready.tsx'
import { followSettingsAcrossTabs, useSettingsStore } from '../store/settings-store.ts'
import { App } from './app.tsx'
import { markAppRunning } from '../ui/queued-click.ts'
import { isStartRoute } from './first-paint.ts'
import { rememberReturningVisitor } from './returning-visitor.ts'

// The data layer (IndexedDB) loads beside the first paint, not before it.
const opening = import('../data/start.ts').then(({ startWorkspace }) => startWorkspace())
setWorkspaceReady(opening)
rememberReturningVisitor(opening)
followSettingsAcrossTabs()

const container = document.getElementById('root')!
const app = (
  <StrictMode>
    <App />
  </StrictMode>
)
// The built page holds the start page as static HTML (see src/app/first-paint.ts): take it over
// where it is what the app shows first, in its language; anywhere else draw anew.
const prerendered = container.dataset.prerendered
container.removeAttribute('data-prerendered')
// React answers clicks from here on (during hydration too); one made earlier waits in the page.
markAppRunning()
// As a transition: React renders in slices, yielding to the browser between them, so a phone's main
// thread is never held for the whole first render (Lighthouse's blocking time); a click meanwhile
// hydrates what it needs at once.
if (prerendered === useSettingsStore.getState().locale && isStartRoute(location.hash))
  startTransition(() => void hydrateRoot(container, app))
else {
  container.replaceChildren()
  const root = createRoot(container)
  startTransition(() => root.render(app))
}
