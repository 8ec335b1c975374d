// SVG presentation attributes cannot read CSS custom properties reliably, so the charts take
// their colours from here; report.css uses the same values. All meet 3:1 against white.
export const palette = {
  foundation: '#1d5c63',
  foundationFill: '#1d5c63',
  tools: '#9c4a22',
  target: '#2f3a4a',
  earlier: '#6b7280',
  grid: '#cfd5dc',
  axis: '#4a5563',
  bands: ['#f3f5f7', '#e8ecf0'],
  ink: '#1f2933',
} as const
