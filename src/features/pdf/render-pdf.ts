// The PDF module: runs in the PDF worker (pdf.worker.ts), or on the page only when the worker failed.
// Never loaded by the start page: react-pdf and the fonts are large.
import { pdf } from '@react-pdf/renderer'
import { createPdfDocument, pdfFileName } from './document.tsx'
import { browserFontFiles } from './font-files.ts'
import { registerPdfFonts } from './fonts.ts'
import { buildPdfModel, type PdfInput } from './model.ts'

export interface RenderedPdf {
  blob: Blob
  fileName: string
}

/** Lays out and renders the PDF in the browser: no server, no print dialog. */
export async function renderPdf(input: PdfInput): Promise<RenderedPdf> {
  registerPdfFonts(browserFontFiles) // before every document (see fonts.ts)
  const model = buildPdfModel(input) // once, for the document and its name
  const blob = await pdf(createPdfDocument(input, model) as Parameters<typeof pdf>[0]).toBlob()
  return { blob, fileName: pdfFileName(input, model) }
}
