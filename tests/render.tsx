// The shared render for component tests: the app's real routes (or the given ones) in a memory
// router, stores reset, the mini questionnaire in use. Awaited, so lazy routes and suspense settle.
import { act, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { validateQuestionnaire, type AssessmentResponse, type Questionnaire } from '../src/domain/index.ts'
import type { Locale } from '../src/domain/index.ts'
import { useAssessmentStore } from '../src/store/assessment-store.ts'
import { useQuestionnaireStore } from '../src/store/questionnaire-store.ts'
import { useSetAsideStore } from '../src/store/set-aside.ts'
import { useSettingsStore } from '../src/store/settings-store.ts'
import mini from './fixtures/mini-questionnaire.json'

/** The small, fixed questionnaire the component tests use (3 dimensions, 6 questions). */
export function miniQuestionnaire(): Questionnaire {
  const checked = validateQuestionnaire(mini)
  if (!checked.ok) throw new Error('tests/fixtures/mini-questionnaire.json is invalid')
  return checked.value
}

/** A response to the mini questionnaire with the given answers. */
export function miniResponse(answers: AssessmentResponse['answers'] = {}): AssessmentResponse {
  return {
    format: 'groundwork-response',
    formatVersion: 2,
    id: 'test-response',
    questionnaire: { id: 'mini', version: '1.0' },
    answers,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
  }
}

interface Setup {
  response?: AssessmentResponse | null
  locale?: Locale
}

/** Empties storage and every store, then seeds the mini questionnaire, a response and the language. */
export function resetStores({ response = null, locale = 'de' }: Setup = {}): void {
  localStorage.clear()
  useQuestionnaireStore.setState({ custom: miniQuestionnaire(), library: [miniQuestionnaire()] })
  useAssessmentStore.setState({ response, lastQuestionId: null, clientId: null })
  useSettingsStore.setState({ locale })
  useSetAsideStore.setState({ items: [] })
}

interface RenderOptions extends Setup {
  /** Where the router starts, e.g. `/assess/business-model`. */
  at?: string
  /** Routes to render; defaults to the app's own (lazy) routes under its layout. */
  routes?: RouteObject[]
}

/** Renders routes at a location, with fresh stores. Returns the router too, to check navigation. */
export async function renderApp({ at = '/', routes, ...setup }: RenderOptions = {}) {
  resetStores(setup)
  const { AppRoutes } = await import('../src/app/routes.tsx')
  const router = createMemoryRouter(routes ?? [{ path: '*', element: <AppRoutes /> }], { initialEntries: [at] })
  let result!: ReturnType<typeof render>
  await act(async () => {
    result = render(<RouterProvider router={router} />)
  })
  return { ...result, router }
}

/** Renders one element at `/` with a router around it (for components that use links). */
export function renderWithRouter(element: ReactElement, options: Omit<RenderOptions, 'routes'> = {}) {
  return renderApp({ ...options, routes: [{ path: '*', element }] })
}
