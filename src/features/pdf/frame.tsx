import { Text, View } from '@react-pdf/renderer'
import type { ReactNode } from 'react'
import type { PdfModel } from './model.ts'
import { styles } from './styles.ts'

/** The running head and foot of every page after the cover: who, what, when, and "Seite 2 von 7". */
export function PageFrame({ model }: { model: PdfModel }) {
  const { t, format, branding } = model
  const consultant = [branding.name, branding.company].filter(Boolean).join(', ')
  return (
    <>
      <View style={styles.header} fixed>
        <Text>{model.company ?? t.cover.noCompany}</Text>
        <Text>{consultant || t.cover.eyebrow}</Text>
      </View>
      <View style={styles.footer} fixed>
        <Text>{t.cover.date(format.date(model.date))}</Text>
        <Text render={({ pageNumber, totalPages }) => t.page(pageNumber, totalPages)} />
      </View>
    </>
  )
}

/**
 * A heading and the first block it introduces, kept on one page: no heading stands alone at the
 * foot of a page. minPresenceAhead is not enough: react-pdf arms it only when a break could come
 * before the heading within the same parent, so it misses a heading that opens its section. The
 * block cannot break, so keep it to the heading, a lead and one entry.
 */
export function KeepWithNext({ children }: { children: ReactNode }) {
  return <View wrap={false}>{children}</View>
}

/**
 * A section's title with a short accent rule below it: the one place the accent colour recurs.
 * `opensPage`: the first thing on its pages (a `Page` of its own, see document.tsx), no space above.
 */
export function SectionTitle({
  model,
  children,
  opensPage = false,
}: {
  model: PdfModel
  children: string
  opensPage?: boolean
}) {
  return (
    <View minPresenceAhead={140} style={{ marginTop: opensPage ? 0 : 10 }}>
      <Text style={styles.h1}>{children}</Text>
      <View style={[styles.h1Rule, { backgroundColor: model.accent }]} />
    </View>
  )
}
