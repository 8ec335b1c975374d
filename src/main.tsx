import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { setWorkspaceReady } from './data/ready.tsx'
import { followSettingsAcrossTabs } from './store/settings-store.ts'
import './ui/tokens.css'
import './ui/base.css'

// The data layer (IndexedDB) loads beside the first paint, not before it.
setWorkspaceReady(import('./data/start.ts').then(({ startWorkspace }) => startWorkspace()))
followSettingsAcrossTabs()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
