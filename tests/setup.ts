import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { configure } from '@testing-library/dom'
import { beforeEach } from 'vitest'

// Lazy routes are transformed on first visit: with several test files at once on two cores, that takes
// longer than findBy's default second. A missing element still fails, only later.
configure({ asyncUtilTimeout: 3000 })

// Every test in a browser environment starts from nothing: all stores, storage and the workspace
// database reset here, so a test can neither forget it nor see what the one before it left.
// Node-environment tests (the domain, the CLI) have no browser state and do not load the app's stores.
beforeEach(async () => {
  if (typeof window === 'undefined') return
  const { resetAllState } = await import('./state.ts')
  await resetAllState()
})
