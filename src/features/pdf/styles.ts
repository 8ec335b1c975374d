import { StyleSheet } from '@react-pdf/renderer'
import { chartPalette } from '../../ui/chart-palette.ts'
import { PDF_FONT } from './fonts.ts'

// Calm print typography: one typeface, three sizes that matter, colour only where it means something.
// No lineHeight anywhere: react-pdf 4.9 multiplies it by the font size again on every pagination
// pass of a document with a fixed page-number element (diegomura/react-pdf#3452), which overflows
// pdfkit on long reports. Source Sans 3's own metrics give a comfortable 1.42.
// The app's chart colours (src/ui/chart-palette.ts, equal to its tokens): a page printed from the
// report shows the same foundation teal and tools terracotta as the screen.
export const colors = {
  ink: chartPalette.ink,
  muted: chartPalette.muted,
  faint: chartPalette.faint,
  rule: chartPalette.grid,
  panel: chartPalette.bands[0],
  foundation: chartPalette.foundation,
  tools: chartPalette.tools,
  toolsSoft: chartPalette.toolsSoft,
  surface: chartPalette.surface,
  bands: chartPalette.bands,
  grid: chartPalette.grid,
} as const

export const PAGE_MARGIN = 56
/** A4 width less both margins, in points. */
export const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN

/** The running header and footer: small, faint, across the page between the margins, ends pushed apart. */
const runningLine = {
  position: 'absolute',
  left: PAGE_MARGIN,
  right: PAGE_MARGIN,
  flexDirection: 'row',
  justifyContent: 'space-between',
  fontSize: 8,
  color: colors.faint,
} as const

export const styles = StyleSheet.create({
  page: {
    fontFamily: PDF_FONT,
    fontSize: 10,
    color: colors.ink,
    paddingTop: 64,
    paddingBottom: 64,
    paddingHorizontal: PAGE_MARGIN,
  },
  header: { ...runningLine, top: 26, borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingBottom: 4 },
  footer: { ...runningLine, bottom: 28 },
  h1: { fontSize: 20, fontWeight: 700, marginBottom: 4 },
  h1Rule: { width: 36, height: 2, marginBottom: 14 },
  h2: { fontSize: 13.5, fontWeight: 700, marginBottom: 4 },
  h3: { fontSize: 10.5, fontWeight: 700, marginBottom: 2 },
  eyebrow: { fontSize: 8, fontWeight: 700, textTransform: 'uppercase', color: colors.muted, marginBottom: 3 },
  lead: { fontSize: 10.5, color: colors.muted, marginBottom: 12 },
  muted: { color: colors.muted },
  small: { fontSize: 8.5, color: colors.muted },
  paragraph: { marginBottom: 6 },
  section: { marginBottom: 18 },
  panel: { backgroundColor: colors.panel, padding: 12, borderRadius: 3 },
  row: { flexDirection: 'row' },
  note: {
    marginTop: 3,
    paddingLeft: 8,
    borderLeftWidth: 1.5,
    borderLeftColor: colors.rule,
    fontStyle: 'italic',
    color: colors.muted,
  },
  tableHead: {
    flexDirection: 'row',
    borderBottomWidth: 0.75,
    borderBottomColor: colors.ink,
    paddingBottom: 3,
    marginBottom: 2,
    fontSize: 8.5,
    fontWeight: 700,
    color: colors.muted,
  },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 3 },
})
