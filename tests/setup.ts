import '@testing-library/jest-dom/vitest'
import 'fake-indexeddb/auto'
import { beforeEach } from 'vitest'

// Every test in a browser environment starts from nothing: all stores, storage and the workspace
// database reset here, so a test can neither forget it nor see what the one before it left.
// Node-environment tests (the domain, the CLI) have no browser state and do not load the app's stores.
beforeEach(async () => {
  if (typeof window === 'undefined') return
  const { resetAllState } = await import('./state.ts')
  await resetAllState()
})
