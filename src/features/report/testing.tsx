// Test helpers for the report: a router around the page, fixed chart sizes, seeded stores.
import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { validateQuestionnaire, type AssessmentResponse, type Questionnaire } from '../../domain/index.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useBrandingStore } from '../../store/branding-store.ts'
import { useHistoryStore } from '../../store/history-store.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { useSettingsStore } from '../../store/settings-store.ts'
import mini from '../../../tests/fixtures/mini-questionnaire.json'
import { ChartSizeContext } from './charts/chart-size.ts'
import comparisonEarlier from './fixtures/comparison-earlier.json'
import partial from './fixtures/partial.json'
import strong from './fixtures/strong.json'
import toolsAhead from './fixtures/tools-ahead.json'
import weak from './fixtures/weak.json'
import { ReportPage } from './report-page.tsx'

export const fixtures = {
  strong,
  weak,
  toolsAhead,
  partial,
  comparisonEarlier,
} as unknown as Record<'strong' | 'weak' | 'toolsAhead' | 'partial' | 'comparisonEarlier', AssessmentResponse>

function miniQuestionnaire(): Questionnaire {
  const checked = validateQuestionnaire(mini)
  if (!checked.ok) throw new Error('the mini questionnaire fixture is invalid')
  return checked.value
}

/** Resets every store the report reads, then seeds the answers (and the language). */
export function seed(response: AssessmentResponse | null, locale: 'de' | 'en' = 'de'): void {
  localStorage.clear()
  useQuestionnaireStore.setState({ custom: miniQuestionnaire(), library: [miniQuestionnaire()] })
  useAssessmentStore.setState({ response, lastQuestionId: null, clientId: null })
  useHistoryStore.setState({ entries: [] })
  useBrandingStore.setState({ branding: {} })
  useSettingsStore.setState({ locale })
}

/** Renders the report route; awaited so the page's suspense (the questionnaire chunk) settles. */
export async function renderReport() {
  const router = createMemoryRouter(
    [
      { path: '/report', element: <ReportPage /> },
      { path: '/assess/:dimensionId', element: <p>assessment step</p> },
      { path: '/', element: <p>start page</p> },
    ],
    { initialEntries: ['/report'] },
  )
  let result!: ReturnType<typeof render>
  await act(async () => {
    result = render(
      <ChartSizeContext value={{ width: 640 }}>
        <RouterProvider router={router} />
      </ChartSizeContext>,
    )
  })
  return result
}
