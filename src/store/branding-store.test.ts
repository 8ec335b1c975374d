// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest'
import { BRANDING_STORAGE_KEY, restoreBranding, useBrandingStore } from './branding-store.ts'
import { useSetAsideStore } from './set-aside.ts'

beforeEach(() => {
  localStorage.clear()
  useBrandingStore.setState({ branding: {} })
  useSetAsideStore.setState({ items: [] })
})

describe('branding store', () => {
  test('saves the branding at once, versioned', () => {
    useBrandingStore.getState().save({ name: 'Eva Groß', accent: '#7a3e9d' })
    const stored = JSON.parse(localStorage.getItem(BRANDING_STORAGE_KEY)!)
    expect(stored).toEqual({ state: { branding: { name: 'Eva Groß', accent: '#7a3e9d' } }, version: 1 })
  })

  test('stored branding is validated on load; what fails is set aside, not used', async () => {
    localStorage.setItem(
      BRANDING_STORAGE_KEY,
      JSON.stringify({ state: { branding: { name: 'Eva', logo: 'data:image/gif;base64,R0lG' } }, version: 1 }),
    )
    await useBrandingStore.persist.rehydrate()
    expect(useBrandingStore.getState().branding).toEqual({})
    expect(useSetAsideStore.getState().items.map((i) => i.problems[0]?.path)).toEqual(['branding.logo'])

    localStorage.setItem(
      BRANDING_STORAGE_KEY,
      JSON.stringify({ state: { branding: { company: 'Groß & Partner', accent: '#1D5C63' } }, version: 1 }),
    )
    await useBrandingStore.persist.rehydrate()
    expect(useBrandingStore.getState().branding).toEqual({ company: 'Groß & Partner', accent: '#1d5c63' })
  })

  test('nothing stored means no branding', () => {
    expect(restoreBranding(undefined)).toEqual({})
  })
})
