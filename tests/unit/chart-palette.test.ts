// The charts' colours (src/ui/chart-palette.ts, for recharts and react-pdf) are the tokens' colours: a
// change to tokens.css that the palette does not follow fails here, before a report shows two blues.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { chartPalette, chartPaletteTokens } from '../../src/ui/chart-palette.ts'

const tokensCss = readFileSync(new URL('../../src/ui/tokens.css', import.meta.url), 'utf8')
const tokens = new Map(
  [...tokensCss.matchAll(/(--color-[a-z0-9-]+)\s*:\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
)

describe('the chart palette', () => {
  it('reads the colour tokens', () => {
    expect(tokens.get('--color-primary')).toBe('#1d5c63')
    expect(tokens.size).toBeGreaterThan(20)
  })

  it.each(Object.keys(chartPalette).filter((key) => key !== 'bands') as (keyof typeof chartPaletteTokens)[])(
    '%s equals its token',
    (key) => {
      const token = chartPaletteTokens[key] as string
      expect({ key, token, value: tokens.get(token) }).toEqual({ key, token, value: chartPalette[key] })
    },
  )

  it('draws the level bands in the tokens’ two shades', () => {
    expect(chartPaletteTokens.bands.map((token) => tokens.get(token))).toEqual([...chartPalette.bands])
  })

  it('gives the tools the app’s terracotta, in the PDF too', () => {
    expect(chartPalette.tools).toBe(tokens.get('--color-accent'))
  })
})
