import { createHashRouter, Navigate, type RouteObject } from 'react-router'
import { Layout } from './layout.tsx'
import { NotFound, RouteError } from './route-error.tsx'

/** The app's routes. Every page is its own chunk, so the first page loads only what it shows. */
export function appRoutes(): RouteObject[] {
  return [
    {
      element: <Layout />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <></>,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, lazy: async () => ({ Component: (await import('../features/assessment/start-page.tsx')).StartPage }) },
            { path: 'company', lazy: async () => ({ Component: (await import('../features/assessment/company-page.tsx')).CompanyPage }) },
            { path: 'assess', element: <Navigate to="/overview" replace /> },
            { path: 'assess/:dimensionId', lazy: async () => ({ Component: (await import('../features/assessment/step-page.tsx')).StepPage }) },
            { path: 'overview', lazy: async () => ({ Component: (await import('../features/assessment/overview-page.tsx')).OverviewPage }) },
            { path: 'report', lazy: async () => ({ Component: (await import('../features/report/report-page.tsx')).ReportPage }) },
            {
              path: 'questionnaire',
              lazy: async () => ({ Component: (await import('../features/settings/questionnaire-page.tsx')).QuestionnairePage }),
            },
            // Workshop mode (issue 6): wired by the workshop engineer for the e2e suite; the lead may move these.
            { path: 'workshops', lazy: async () => ({ Component: (await import('../features/workshop/workshop-list-page.tsx')).WorkshopListPage }) },
            { path: 'workshops/:workshopId', lazy: async () => ({ Component: (await import('../features/workshop/workshop-page.tsx')).WorkshopPage }) },
            { path: 'workshops/:workshopId/live', lazy: async () => ({ Component: (await import('../features/workshop/live-mode-page.tsx')).LiveModePage }) },
            { path: 'workshops/:workshopId/report', lazy: async () => ({ Component: (await import('../features/workshop/team-report-page.tsx')).TeamReportPage }) },
            { path: 'join', lazy: async () => ({ Component: (await import('../features/workshop/join-page.tsx')).JoinPage }) },
            { path: 'share/:code', lazy: async () => ({ Component: (await import('../features/workshop/share-receive-page.tsx')).ShareReceivePage }) },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ]
}

/** Hash routes: the static build works from any host and under any sub-path, with no server rules. */
export function createAppRouter() {
  return createHashRouter(appRoutes())
}
