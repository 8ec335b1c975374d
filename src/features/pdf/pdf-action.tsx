import { useEffect, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { downloadBlob } from '../../ui/download.ts'
import { pdfButtonMessages } from './button-messages.ts'
import type { PdfInput } from './model.ts'
import { makePdf, PdfCodeUnavailable, preparePdf, warmPdfWorker } from './pdf-client.ts'
import { whenSettled } from './when-settled.ts'

type State =
  | { kind: 'idle' }
  | { kind: 'working'; onPage: boolean }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string }

/** A user who asked the browser to save data gets the PDF code only when they ask for a PDF. */
function savesData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
}

/**
 * A button that offers the PDF as a download. Once the page has settled, the document is prepared
 * in a worker in the background, so the click finds it made; progress and failures are announced
 * in a status line. `input` should keep its identity while the data stays the same (useMemo).
 */
export function PdfAction({ label, input }: { label: string; input: PdfInput | null }) {
  const t = useT(pdfButtonMessages)
  const [state, setState] = useState<State>({ kind: 'idle' })
  // The worker's code loads at once (off the page's thread); the document once the page has settled.
  useEffect(() => {
    if (!savesData()) warmPdfWorker()
  }, [])
  useEffect(() => {
    if (!input || savesData()) return
    return whenSettled(() => preparePdf(input))
  }, [input])
  // The pointer or focus on the button is a strong hint: start now if the page has not yet.
  const warm = () => input && !savesData() && preparePdf(input)
  const create = async () => {
    if (!input) return setState({ kind: 'failed', message: t.nothing })
    setState({ kind: 'working', onPage: false })
    try {
      const { blob, fileName } = await makePdf(input, () => setState({ kind: 'working', onPage: true }))
      downloadBlob(blob, fileName)
      setState({ kind: 'done', fileName })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      setState({ kind: 'failed', message: error instanceof PdfCodeUnavailable ? t.offline : t.failed(detail) })
    }
  }
  const working = state.kind === 'working'
  return (
    <span className="pdf-action no-print">
      <button
        type="button"
        className="button"
        onClick={create}
        onPointerEnter={warm}
        onFocus={warm}
        disabled={working}
        aria-busy={working}
      >
        {working ? t.working : label}
      </button>
      <span
        role="status"
        className={state.kind === 'failed' ? 'field-error' : working && state.onPage ? 'field-hint' : 'visually-hidden'}
      >
        {state.kind === 'done'
          ? t.done(state.fileName)
          : state.kind === 'failed'
            ? state.message
            : working && state.onPage
              ? t.onPage
              : ''}
      </span>
    </span>
  )
}
