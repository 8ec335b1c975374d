/**
 * The colours charts draw with, on screen (recharts, SVG presentation attributes, which cannot read CSS
 * custom properties reliably) and in the PDF (react-pdf) alike. Each equals the token of tokens.css named
 * in `chartPaletteTokens`; tests/unit/chart-palette.test.ts keeps the two from drifting apart.
 */
export const chartPalette = {
  ink: '#1c2a30',
  muted: '#46555c',
  faint: '#7b8794',
  surface: '#ffffff',
  foundation: '#1d5c63',
  tools: '#9c4a22',
  toolsSoft: '#f8ebe1',
  target: '#2f3a4a',
  earlier: '#6b7280',
  grid: '#cfd5dc',
  bands: ['#f3f5f7', '#e8ecf0'],
} as const

type Key = Exclude<keyof typeof chartPalette, 'bands'>

/** The custom property of src/ui/tokens.css each colour equals. */
export const chartPaletteTokens: Record<Key, string> & { bands: readonly [string, string] } = {
  ink: '--color-ink',
  muted: '--color-ink-soft',
  faint: '--color-chart-faint',
  surface: '--color-surface',
  foundation: '--color-primary',
  tools: '--color-accent',
  toolsSoft: '--color-accent-soft',
  target: '--color-chart-target',
  earlier: '--color-chart-earlier',
  grid: '--color-chart-grid',
  bands: ['--color-chart-band-1', '--color-chart-band-2'],
}
