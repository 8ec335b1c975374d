import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { Navigate, useRoutes } from 'react-router'
import { Layout } from './layout.tsx'
import { NotFound } from './route-error.tsx'
import { workshopsReady, workspaceReady } from '../data/ready.tsx'
import { paths, ROUTE_PATTERNS } from '../ui/paths.ts'
// Part of the first paint (prerendered at build time and hydrated): no chunk of its own to wait for.
import { StartRoute } from './start-route.tsx'

/**
 * A page, the export `name` of its module, loaded as its own chunk on first visit, shown once the
 * workspace is open (pages read stored state; the start page alone draws before that).
 */
function page<M extends Record<K, ComponentType>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  ready: () => Promise<void> = workspaceReady,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [module] = await Promise.all([load(), ready()])
    // A page may name what it reads first: read before it shows, so it shows complete.
    const { preload } = module as { preload?: () => Promise<void> }
    await preload?.()
    return { default: module[name] }
  })
}

/** A page of a workshop: shown once the workshops are loaded too. */
const workshopPage = <M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) =>
  page(load, name, workshopsReady)

/** Every page but the start page, under the name of its route in ROUTE_PATTERNS: each its own chunk. */
const PAGES: Partial<Record<keyof typeof ROUTE_PATTERNS, LazyExoticComponent<ComponentType>>> = {
  company: page(() => import('../features/assessment/company-page.tsx'), 'CompanyPage'),
  step: page(() => import('../features/assessment/step-page.tsx'), 'StepPage'),
  overview: page(() => import('./overview-route.tsx'), 'OverviewRoute'),
  report: page(() => import('./report-route.tsx'), 'ReportRoute'),
  example: page(() => import('./example-route.tsx'), 'ExampleRoute'),
  questionnaire: page(() => import('../features/settings/questionnaire-page.tsx'), 'QuestionnairePage'),
  editor: page(() => import('./editor-route.tsx'), 'EditorRoute'),
  branding: page(() => import('../features/branding/branding-page.tsx'), 'BrandingPage'),
  clients: page(() => import('../features/clients/clients-page.tsx'), 'ClientsPage'),
  client: page(() => import('../features/clients/client-page.tsx'), 'ClientPage'),
  workshops: workshopPage(() => import('../features/workshop/workshops/workshop-list-page.tsx'), 'WorkshopListPage'),
  workshop: workshopPage(() => import('../features/workshop/workshops/workshop-page.tsx'), 'WorkshopPage'),
  live: workshopPage(() => import('../features/workshop/live/live-mode-page.tsx'), 'LiveModePage'),
  teamReport: workshopPage(() => import('./team-report-route.tsx'), 'TeamReportRoute'),
  join: page(() => import('../features/participant/join-page.tsx'), 'JoinPage'),
  share: workshopPage(() => import('../features/workshop/import/share-receive-page.tsx'), 'ShareReceivePage'),
}

/**
 * The app's pages under one layout. Declarative routes (not the data router): the start page
 * loads about half the router code, and every page is still its own chunk.
 */
export function AppRoutes() {
  return useRoutes([
    {
      element: <Layout />,
      children: [
        { index: true, element: <StartRoute /> },
        { path: ROUTE_PATTERNS.assess, element: <Navigate to={paths.overview()} replace /> },
        ...Object.entries(PAGES).map(([route, Page]) => ({
          path: ROUTE_PATTERNS[route as keyof typeof ROUTE_PATTERNS],
          element: <Page />,
        })),
        { path: '*', element: <NotFound /> },
      ],
    },
  ])
}
