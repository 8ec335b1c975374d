import { describe, expect, test } from 'vitest'
import { contrastOnWhite, MAX_LOGO_BYTES, validateBranding } from './schema.ts'

const png = 'data:image/png;base64,iVBORw0KGgo='

describe('branding schema', () => {
  test('accepts every field and lower-cases the colour', () => {
    const result = validateBranding({
      name: 'Eva Groß',
      company: 'Beratung Süd',
      contact: 'eva@example.org · 0711 123',
      logo: png,
      accent: '#1D5C63',
    })
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ accent: '#1d5c63', name: 'Eva Groß' }) })
  })

  test('refuses other image types, oversized logos, bad colours and unknown fields', () => {
    const refused = (data: unknown) =>
      validateBranding(data).ok
        ? []
        : (validateBranding(data) as { problems: { path: string }[] }).problems.map((p) => p.path)
    expect(refused({ logo: 'data:image/svg+xml;base64,PHN2Zz4=' })).toEqual(['logo'])
    expect(refused({ logo: `data:image/png;base64,${'A'.repeat(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 100)}` })).toEqual(
      ['logo'],
    )
    expect(refused({ accent: 'red' })).toEqual(['accent'])
    expect(refused({ accent: '#12345' })).toEqual(['accent'])
    expect(refused({ colour: '#123456' })).toEqual(['(root)'])
  })

  test('contrast against white: black 21, white 1, the default teal above 4.5', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21)
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1)
    expect(contrastOnWhite('#1d5c63')).toBeGreaterThan(4.5)
  })
})
