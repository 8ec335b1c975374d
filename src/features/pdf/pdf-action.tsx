import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { downloadBlob } from '../../ui/download.ts'
import { pdfButtonMessages } from './button-messages.ts'
import type { PdfInput } from './model.ts'
import type { RenderedPdf } from './render-pdf.ts'

type State =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string }

/**
 * A button that loads the PDF module on click (never before), renders the document in the
 * browser and offers it as a download; progress and failures are announced in a status line.
 */
export function PdfAction({ label, input }: { label: string; input: () => PdfInput | null }) {
  const t = useT(pdfButtonMessages)
  const [state, setState] = useState<State>({ kind: 'idle' })
  // Fetching starts when the pointer or focus reaches the button: the click then finds it loaded.
  const warm = () => void import('./render-pdf.ts').catch(() => undefined)
  const create = async () => {
    const data = input()
    if (!data) return setState({ kind: 'failed', message: t.nothing })
    setState({ kind: 'working' })
    let renderPdf: (input: PdfInput) => Promise<RenderedPdf>
    try {
      ;({ renderPdf } = await import('./render-pdf.ts'))
    } catch {
      return setState({ kind: 'failed', message: t.offline })
    }
    try {
      const { blob, fileName } = await renderPdf(data)
      downloadBlob(blob, fileName)
      setState({ kind: 'done', fileName })
    } catch (error) {
      setState({ kind: 'failed', message: t.failed(error instanceof Error ? error.message : String(error)) })
    }
  }
  return (
    <span className="pdf-action no-print">
      <button
        type="button"
        className="button"
        onClick={create}
        onPointerEnter={warm}
        onFocus={warm}
        disabled={state.kind === 'working'}
        aria-busy={state.kind === 'working'}
      >
        {state.kind === 'working' ? t.working : label}
      </button>
      <span role="status" className={state.kind === 'failed' ? 'field-error' : 'visually-hidden'}>
        {state.kind === 'done' ? t.done(state.fileName) : state.kind === 'failed' ? state.message : ''}
      </span>
    </span>
  )
}
