// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

/** The settings store as a fresh page load creates it, with the browser's preferred languages. */
async function loadWith(languages: string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages)
  vi.resetModules()
  return (await import('./settings-store.ts')).useSettingsStore
}

beforeEach(() => localStorage.clear())
afterEach(() => localStorage.clear())

describe('the language setting', () => {
  test('a first visit follows the browser: English for an English browser, German for a French one', async () => {
    expect((await loadWith(['en-US', 'en'])).getState().locale).toBe('en')
    expect((await loadWith(['de-CH'])).getState().locale).toBe('de')
    expect((await loadWith(['fr-FR'])).getState().locale).toBe('de')
  })

  test('the choice is remembered and wins over the browser on the next visit', async () => {
    const first = await loadWith(['en-US'])
    first.getState().setLocale('de')
    expect((await loadWith(['en-US'])).getState().locale).toBe('de')
  })

  test('following the browser stores nothing: a changed browser language is followed next time', async () => {
    await loadWith(['en-US'])
    expect(localStorage.getItem('groundwork.settings')).toBeNull()
    expect((await loadWith(['de-DE'])).getState().locale).toBe('de')
  })
})
