// The report's tests: its page with the routes it links to, charts at a fixed width, and the
// answer sets the report tests read (tests/fixtures/report/*.json, to the mini questionnaire).
import type { AssessmentResponse, Locale } from '../../src/domain/index.ts'
import { ReportPage } from '../../src/features/report/report-page.tsx'
import comparisonEarlier from '../fixtures/report/comparison-earlier.json'
import partial from '../fixtures/report/partial.json'
import strong from '../fixtures/report/strong.json'
import toolsAhead from '../fixtures/report/tools-ahead.json'
import weak from '../fixtures/report/weak.json'
import { renderApp } from '../render.tsx'

export const fixtures = {
  strong,
  weak,
  toolsAhead,
  partial,
  comparisonEarlier,
} as unknown as Record<'strong' | 'weak' | 'toolsAhead' | 'partial' | 'comparisonEarlier', AssessmentResponse>

/** Renders the report of `response` (none: not started); awaited so the page's suspense settles. */
export function renderReport(response: AssessmentResponse | null, locale: Locale = 'de') {
  return renderApp({
    at: '/report',
    response,
    locale,
    chartWidth: 640,
    routes: [
      { path: '/report', element: <ReportPage /> },
      { path: '/assess/:dimensionId', element: <p>assessment step</p> },
      { path: '/', element: <p>start page</p> },
    ],
  })
}
