import { Document, Page, Text } from '@react-pdf/renderer'
import type { ReactElement } from 'react'
import { exportFileName } from '../../domain/index.ts'
import { ActionPlanSection } from './action-plan.tsx'
import { AdoptionMapSection } from './adoption-map.tsx'
import { CoverPage } from './cover.tsx'
import { DimensionSection } from './dimension-section.tsx'
import { PageFrame, SectionTitle } from './frame.tsx'
import { MethodAppendix } from './method-appendix.tsx'
import { buildPdfModel, type PdfInput, type PdfModel } from './model.ts'
import { styles } from './styles.ts'
import { FindingsSection, SummarySection } from './summary.tsx'
import { TeamSection } from './team-section.tsx'

function Layer({ model, layer }: { model: PdfModel; layer: 'foundation' | 'tools' }) {
  const { t } = model
  const dimensions = model.dimensions.filter((d) => d.layer === layer)
  if (dimensions.length === 0) return null
  // The layer's title travels with its first area's head and first answer: never alone on a page.
  const intro = (
    <>
      <SectionTitle model={model}>
        {layer === 'foundation' ? t.dimensions.foundationHeading : t.dimensions.toolsHeading}
      </SectionTitle>
      <Text style={styles.lead}>{layer === 'foundation' ? t.dimensions.foundationIntro : t.dimensions.toolsIntro}</Text>
    </>
  )
  return dimensions.map((dimension, i) => (
    <DimensionSection key={dimension.id} model={model} dimension={dimension} intro={i === 0 ? intro : undefined} />
  ))
}

function GroundworkPdf({ model }: { model: PdfModel }) {
  const { t, branding } = model
  return (
    <Document
      title={t.documentTitle(model.company)}
      author={[branding.name, branding.company].filter(Boolean).join(', ') || 'Groundwork'}
      subject={model.team ? t.subjectTeam : t.subjectSolo}
      creator="Groundwork"
      producer="Groundwork"
      language={model.locale}
    >
      <CoverPage model={model} />
      <Page size="A4" style={styles.page}>
        <PageFrame model={model} />
        <SummarySection model={model} />
        <FindingsSection model={model} />
        <AdoptionMapSection model={model} />
        <TeamSection model={model} />
        <Layer model={model} layer="foundation" />
        <Layer model={model} layer="tools" />
        <ActionPlanSection model={model} />
        <MethodAppendix model={model} />
      </Page>
    </Document>
  )
}

/**
 * The whole PDF as a react-pdf element, built from plain data: render it with `pdf(...).toBlob()`
 * in the browser or `renderToBuffer(...)` in Node (tests, bench). Fonts must be registered first.
 * Pass the model when it is built already (a 30-person team's takes tens of milliseconds).
 */
export function createPdfDocument(input: PdfInput, model = buildPdfModel(input)): ReactElement {
  return <GroundworkPdf model={model} />
}

/** groundwork-mueller-gmbh-2026-11-23.pdf: the company and the assessment's date. */
export function pdfFileName(input: PdfInput, model = buildPdfModel(input)): string {
  return exportFileName(['groundwork', model.company, model.date], 'pdf')
}
