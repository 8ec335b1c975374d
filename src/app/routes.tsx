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

const CompanyPage = page(() => import('../features/assessment/company-page.tsx'), 'CompanyPage')
const StepPage = page(() => import('../features/assessment/step-page.tsx'), 'StepPage')
const OverviewRoute = page(() => import('./overview-route.tsx'), 'OverviewRoute')
const QuestionnairePage = page(() => import('../features/settings/questionnaire-page.tsx'), 'QuestionnairePage')
const EditorRoute = page(() => import('./editor-route.tsx'), 'EditorRoute')
const ReportRoute = page(() => import('./report-route.tsx'), 'ReportRoute')
const ExampleRoute = page(() => import('./example-route.tsx'), 'ExampleRoute')
const BrandingPage = page(() => import('../features/branding/branding-page.tsx'), 'BrandingPage')
const ClientsPage = page(() => import('../features/clients/clients-page.tsx'), 'ClientsPage')
const ClientPage = page(() => import('../features/clients/client-page.tsx'), 'ClientPage')
const WorkshopListPage = workshopPage(
  () => import('../features/workshop/workshops/workshop-list-page.tsx'),
  'WorkshopListPage',
)
const WorkshopPage = workshopPage(() => import('../features/workshop/workshops/workshop-page.tsx'), 'WorkshopPage')
const LiveModePage = workshopPage(() => import('../features/workshop/live/live-mode-page.tsx'), 'LiveModePage')
const TeamReportRoute = workshopPage(() => import('./team-report-route.tsx'), 'TeamReportRoute')
const JoinPage = page(() => import('../features/participant/join-page.tsx'), 'JoinPage')
const ShareReceivePage = workshopPage(
  () => import('../features/workshop/import/share-receive-page.tsx'),
  'ShareReceivePage',
)

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
        { path: ROUTE_PATTERNS.company, element: <CompanyPage /> },
        { path: ROUTE_PATTERNS.assess, element: <Navigate to={paths.overview()} replace /> },
        { path: ROUTE_PATTERNS.step, element: <StepPage /> },
        { path: ROUTE_PATTERNS.overview, element: <OverviewRoute /> },
        { path: ROUTE_PATTERNS.report, element: <ReportRoute /> },
        { path: ROUTE_PATTERNS.example, element: <ExampleRoute /> },
        { path: ROUTE_PATTERNS.questionnaire, element: <QuestionnairePage /> },
        { path: ROUTE_PATTERNS.editor, element: <EditorRoute /> },
        { path: ROUTE_PATTERNS.branding, element: <BrandingPage /> },
        { path: ROUTE_PATTERNS.clients, element: <ClientsPage /> },
        { path: ROUTE_PATTERNS.client, element: <ClientPage /> },
        { path: ROUTE_PATTERNS.workshops, element: <WorkshopListPage /> },
        { path: ROUTE_PATTERNS.workshop, element: <WorkshopPage /> },
        { path: ROUTE_PATTERNS.live, element: <LiveModePage /> },
        { path: ROUTE_PATTERNS.teamReport, element: <TeamReportRoute /> },
        { path: ROUTE_PATTERNS.join, element: <JoinPage /> },
        { path: ROUTE_PATTERNS.share, element: <ShareReceivePage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ])
}
