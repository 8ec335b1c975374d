import { DownloadPdfButton } from '../features/pdf/download-pdf-button.tsx'
import { ReportPage } from '../features/report/report-page.tsx'

/** The report with the PDF download beside its print button: features meet here, not in each other. */
export function ReportRoute() {
  return <ReportPage actions={<DownloadPdfButton />} />
}
