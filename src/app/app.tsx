import { HashRouter } from 'react-router'
import { AppRoutes } from './routes.tsx'

/** Hash routes: the static build works from any host and under any sub-path, with no server rules. */
export function App() {
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  )
}
