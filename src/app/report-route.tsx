import { lazy, Suspense } from 'react'
import { DownloadPdfButton } from '../features/pdf/download-pdf-button.tsx'
import { ReportPage } from '../features/report/report-page.tsx'

// Only a workshop participant needs it: its QR code and link encoder load apart from the report.
const SendAnswersPanel = lazy(async () => ({
  default: (await import('../features/participant/send-answers-panel.tsx')).SendAnswersPanel,
}))

/**
 * The report with the PDF download beside its print button, and a workshop participant's send step
 * above it: features meet here, not in each other.
 */
export function ReportRoute() {
  return (
    <>
      <Suspense fallback={null}>
        <SendAnswersPanel at="top" />
      </Suspense>
      <ReportPage actions={<DownloadPdfButton />} />
    </>
  )
}
