import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { syncAcrossTabs } from './store/cross-tab.ts'
import './ui/tokens.css'
import './ui/base.css'

syncAcrossTabs()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
