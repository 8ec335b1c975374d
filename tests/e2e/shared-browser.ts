import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser.ts'

/**
 * One Chromium for the test file that calls this at its top: started before its first test, closed after
 * its last. The returned browser forwards to that Chromium, so tests use it as they would the real one.
 * Kept apart from `browser.ts`, which the bench scripts import and which must not pull in vitest.
 */
export function sharedBrowser(): Browser {
  let launched: Browser | undefined
  beforeAll(async () => {
    launched = await launchBrowser()
  })
  afterAll(async () => {
    await launched?.close()
  })
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!launched) throw new Error('The browser starts in beforeAll: use it inside a test or a hook.')
      const value: unknown = Reflect.get(launched, key)
      return typeof value === 'function' ? value.bind(launched) : value
    },
  })
}
