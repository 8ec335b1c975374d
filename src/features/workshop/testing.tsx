// Test helpers for the workshop pages: seeded stores, a memory router, fixed chart width.
import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import {
  validateQuestionnaire,
  type AssessmentResponse,
  type Choice,
  type Questionnaire,
  type Workshop,
} from '../../domain/index.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { useSettingsStore } from '../../store/settings-store.ts'
import { emptyDetails, useWorkshopStore } from '../../store/workshop-store.ts'
import mini from '../../../tests/fixtures/mini-questionnaire.json'
import { ChartWidthContext } from './team-report/chart-width.ts'
import { LiveModePage } from './live/live-mode-page.tsx'
import { TeamReportPage } from './team-report/team-report-page.tsx'
import { WorkshopListPage } from './workshops/workshop-list-page.tsx'
import { WorkshopPage } from './workshops/workshop-page.tsx'

export function miniQuestionnaire(): Questionnaire {
  const checked = validateQuestionnaire(mini)
  if (!checked.ok) throw new Error('the mini questionnaire fixture is invalid')
  return checked.value
}

/** Resets the stores and creates one workshop on the mini questionnaire. */
export function seedWorkshop(locale: 'de' | 'en' = 'de'): Workshop {
  localStorage.clear()
  const questionnaire = miniQuestionnaire()
  useQuestionnaireStore.setState({ custom: questionnaire, library: [questionnaire] })
  useSettingsStore.setState({ locale })
  useWorkshopStore.setState({ workshops: [] })
  return useWorkshopStore
    .getState()
    .create(
      { ...emptyDetails(new Date('2026-11-23T09:00:00Z')), title: 'Strategieklausur', organisation: 'Muster GmbH' },
      questionnaire,
    )
}

/** A response file to the mini questionnaire (or another version of it). */
export function responseFile(
  id: string,
  choices: Record<string, Choice>,
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  return {
    format: 'groundwork-response',
    formatVersion: 2,
    id,
    questionnaire: { id: 'mini', version: '1.0' },
    answers: Object.fromEntries(Object.entries(choices).map(([q, choice]) => [q, { choice }])),
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    ...extra,
  }
}

export function jsonFile(name: string, data: unknown): File {
  return new File([JSON.stringify(data)], name, { type: 'application/json' })
}

/** Renders the workshop routes at `path`, awaiting the questionnaire's suspense. */
export async function renderWorkshop(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/workshops', element: <WorkshopListPage /> },
      { path: '/workshops/:workshopId', element: <WorkshopPage /> },
      { path: '/workshops/:workshopId/live', element: <LiveModePage /> },
      { path: '/workshops/:workshopId/report', element: <TeamReportPage /> },
    ],
    { initialEntries: [path] },
  )
  let result!: ReturnType<typeof render>
  await act(async () => {
    result = render(
      <ChartWidthContext value={640}>
        <RouterProvider router={router} />
      </ChartWidthContext>,
    )
  })
  return { ...result, router }
}
