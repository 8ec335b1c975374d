// The PDF is laid out here, off the page's thread: the report stays responsive while react-pdf
// shapes text and paginates (over a second of work on a slow phone). No DOM here; the fonts are
// fetched by URL inside this worker (see font-files.ts).
import { browserFontFiles } from './font-files.ts'
import { loadPdfFonts } from './fonts.ts'
import type { PdfInput } from './model.ts'
import { renderPdf } from './render-pdf.ts'

/** What the page sends: one document to make. */
export interface PdfRequest {
  id: number
  input: PdfInput
}

/** What comes back: the file, or why it failed. */
export type PdfReply =
  { id: number; ok: true; blob: Blob; fileName: string } | { id: number; ok: false; message: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<PdfRequest>) => void) | null
  postMessage: (reply: PdfReply) => void
}
const scope = self as unknown as WorkerScope

// Every document needs the fonts: they load now, while the first request is still on its way or
// being read. A failed load shows in the document that needs them (which tries again).
loadPdfFonts(browserFontFiles).catch(() => undefined)

// One document at a time: react-pdf's font registry is global, and every document clears the fonts'
// glyph cache (see fonts.ts), which must not happen under a document still being laid out.
let queue: Promise<void> = Promise.resolve()

scope.onmessage = ({ data: { id, input } }) => {
  queue = queue.then(async () => {
    try {
      const { blob, fileName } = await renderPdf(input)
      scope.postMessage({ id, ok: true, blob, fileName })
    } catch (error) {
      scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) })
    }
  })
}
