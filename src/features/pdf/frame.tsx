import { Text, View } from '@react-pdf/renderer'
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

/** A section's title with a short accent rule below it: the one place the accent colour recurs. */
export function SectionTitle({
  model,
  children,
  breakBefore = false,
}: {
  model: PdfModel
  children: string
  breakBefore?: boolean
}) {
  return (
    <View break={breakBefore} minPresenceAhead={140} style={{ marginTop: breakBefore ? 0 : 10 }}>
      <Text style={styles.h1}>{children}</Text>
      <View style={[styles.h1Rule, { backgroundColor: model.accent }]} />
    </View>
  )
}
