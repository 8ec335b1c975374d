import { lazy, Suspense } from 'react'
import { StartPage } from '../features/assessment/start-page.tsx'

// Below the fold, and kept off the first paint's budget: the way to an example report.
const ExampleLinks = lazy(async () => ({
  default: (await import('../features/examples/example-links.tsx')).ExampleLinks,
}))

/** The start page with the examples' links below its facts: features meet here, not in each other. */
export function StartRoute() {
  return (
    <StartPage
      examples={
        <Suspense>
          <ExampleLinks />
        </Suspense>
      }
    />
  )
}
