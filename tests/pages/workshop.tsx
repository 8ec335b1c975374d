// The workshop pages' tests: one workshop on the mini questionnaire, the workshop routes, charts at a fixed width.
import type { Workshop } from '../../src/domain/index.ts'
import { LiveModePage } from '../../src/features/workshop/live/live-mode-page.tsx'
import { TeamReportPage } from '../../src/features/workshop/team-report/team-report-page.tsx'
import { WorkshopListPage } from '../../src/features/workshop/workshops/workshop-list-page.tsx'
import { WorkshopPage } from '../../src/features/workshop/workshops/workshop-page.tsx'
import { emptyDetails, useWorkshopStore } from '../../src/store/workshop-store.ts'
import { miniQuestionnaire } from '../builders/questionnaire.ts'
import { renderRoutes, seedApp } from '../render.tsx'
import type { Locale } from '../../src/domain/index.ts'

/** Seeds the mini questionnaire and the language, and creates one workshop on it. */
export function seedWorkshop(locale: Locale = 'de'): Workshop {
  seedApp({ locale })
  return useWorkshopStore
    .getState()
    .create(
      { ...emptyDetails(new Date('2026-11-23T09:00:00Z')), title: 'Strategieklausur', organisation: 'Muster GmbH' },
      miniQuestionnaire(),
    )
}

/** Renders the workshop routes at `path`, awaiting the questionnaire's suspense; the stores as seeded. */
export function renderWorkshop(path: string) {
  return renderRoutes({
    at: path,
    chartWidth: 640,
    routes: [
      { path: '/workshops', element: <WorkshopListPage /> },
      { path: '/workshops/:workshopId', element: <WorkshopPage /> },
      { path: '/workshops/:workshopId/live', element: <LiveModePage /> },
      { path: '/workshops/:workshopId/report', element: <TeamReportPage /> },
    ],
  })
}
