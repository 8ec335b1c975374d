import './ui/tokens.css'
import './ui/base.css'

// The built page shows the start page as static HTML (see src/app/first-paint.ts). The app — React,
// the router, the workspace: nearly all of the JavaScript — starts after that first paint, so the
// browser never holds the paint back to run it. The build preloads it meanwhile, with its styles.
const start = () => void import('./app/boot.tsx')
if (document.visibilityState === 'hidden') start()
else requestAnimationFrame(() => setTimeout(start, 0))
