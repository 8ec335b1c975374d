import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { setWorkspaceReady } from './app/workspace-gate.tsx'
import { startWorkspace } from './data/start.ts'
import { followSettingsAcrossTabs } from './store/settings-store.ts'
import './ui/tokens.css'
import './ui/base.css'

setWorkspaceReady(startWorkspace())
followSettingsAcrossTabs()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
