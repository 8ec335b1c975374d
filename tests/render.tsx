// The one render for component tests: routes (the app's own lazy routes unless others are given) in a
// memory router, the mini questionnaire in use, a language and optionally a response and a fixed chart
// width. Awaited, so lazy routes and suspense settle. Stores, storage and the database were already
// reset before the test (tests/setup.ts); this only seeds what the test asks for.
import { act, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import type { AssessmentResponse, Locale } from '../src/domain/index.ts'
import { ChartSizeContext } from '../src/features/report/charts/chart-size.ts'
import { ChartWidthContext } from '../src/features/workshop/team-report/chart-width.ts'
import { useAssessmentStore } from '../src/store/assessment-store.ts'
import { useQuestionnaireStore } from '../src/store/questionnaire-store.ts'
import { useSettingsStore } from '../src/store/settings-store.ts'
import { miniQuestionnaire } from './builders/questionnaire.ts'

export interface Seed {
  /** The assessment in progress; none by default. */
  response?: AssessmentResponse | null
  /** The interface language; German by default, as most tests read German text. */
  locale?: Locale
}

/** Seeds the stores a page reads: the mini questionnaire in use and in the library, a response, the language. */
export function seedApp({ response = null, locale = 'de' }: Seed = {}): void {
  const questionnaire = miniQuestionnaire()
  useQuestionnaireStore.setState({ custom: questionnaire, library: [questionnaire] })
  useAssessmentStore.setState({ response, lastQuestionId: null, clientId: null })
  useSettingsStore.setState({ locale })
}

export interface RenderOptions extends Seed {
  /** Where the router starts, e.g. `/assess/business-model`. */
  at?: string
  /** Routes to render; defaults to the app's own (lazy) routes under its layout. */
  routes?: RouteObject[]
  /** Charts drawn at this width: jsdom has no layout to measure. */
  chartWidth?: number
}

/** Renders routes at a location, seeded. Returns the router too, to check navigation. */
export function renderApp(options: RenderOptions = {}) {
  seedApp(options)
  return renderRoutes(options)
}

/** Renders routes at a location with the stores as the test left them (after its own seeding). */
export async function renderRoutes({ at = '/', routes, chartWidth }: RenderOptions = {}) {
  const { AppRoutes } = await import('../src/app/routes.tsx')
  const router = createMemoryRouter(routes ?? [{ path: '*', element: <AppRoutes /> }], { initialEntries: [at] })
  let page: ReactElement = <RouterProvider router={router} />
  if (chartWidth !== undefined)
    page = (
      <ChartSizeContext value={{ width: chartWidth }}>
        <ChartWidthContext value={chartWidth}>{page}</ChartWidthContext>
      </ChartSizeContext>
    )
  let result!: ReturnType<typeof render>
  await act(async () => {
    result = render(page)
  })
  return { ...result, router }
}

/** Renders one element at `/` with a router around it (for components that use links). */
export function renderWithRouter(element: ReactElement, options: Omit<RenderOptions, 'routes'> = {}) {
  return renderApp({ ...options, routes: [{ path: '*', element }] })
}
