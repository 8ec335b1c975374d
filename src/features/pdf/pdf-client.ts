// The page's side of the PDF worker: starts it, prepares the document in the background before
// anyone asks, and falls back to making it on the page only when the worker cannot.
import type { PdfInput } from './model.ts'
import type { PdfReply, PdfRequest } from './pdf.worker.ts'
import type { RenderedPdf } from './render-pdf.ts'

/** How the file was made: in the worker, or on the page because the worker failed. */
export type MadePdf = RenderedPdf & { via: 'worker' | 'page' }

/** The worker could not start, or died: the page has to do the work itself. */
class WorkerFailure extends Error {}

/** Neither the worker nor the page could load the PDF code (offline before it was ever cached). */
export class PdfCodeUnavailable extends Error {}

let worker: Worker | null = null
let workerBroken = false
let nextId = 1
const pending = new Map<number, { resolve: (pdf: RenderedPdf) => void; reject: (error: Error) => void }>()

function failAll(error: Error) {
  for (const request of pending.values()) request.reject(error)
  pending.clear()
}

function startWorker(): Worker | null {
  if (worker || workerBroken) return worker
  if (typeof Worker === 'undefined') {
    workerBroken = true
    return null
  }
  try {
    worker = new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module', name: 'groundwork-pdf' })
  } catch {
    workerBroken = true
    return null
  }
  worker.onmessage = ({ data }: MessageEvent<PdfReply>) => {
    const request = pending.get(data.id)
    pending.delete(data.id)
    if (data.ok) request?.resolve({ blob: data.blob, fileName: data.fileName })
    else request?.reject(new Error(data.message))
  }
  // The script did not load (offline, blocked) or the worker crashed: every open request fails over to the page.
  worker.onerror = (event) => {
    event.preventDefault()
    workerBroken = true
    worker?.terminate()
    worker = null
    failAll(new WorkerFailure(event.message || 'worker failed'))
  }
  return worker
}

function renderInWorker(input: PdfInput): Promise<RenderedPdf> {
  const target = startWorker()
  if (!target) return Promise.reject(new WorkerFailure('no worker'))
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    try {
      target.postMessage({ id, input } satisfies PdfRequest)
    } catch (error) {
      pending.delete(id)
      reject(new WorkerFailure(String(error)))
    }
  })
}

/**
 * Starts the worker, so its code (react-pdf: the larger part of a cold PDF's wait) loads and compiles
 * off the page's thread while the report draws, before the document is asked for.
 */
export function warmPdfWorker(): void {
  startWorker()
}

/** The document made most recently (or being made), and for which input. */
let prepared: { input: PdfInput; key: string; result: Promise<RenderedPdf> } | null = null

function renderOnce(input: PdfInput): Promise<RenderedPdf> {
  // Same data, same file: a click after the background preparation gets it at once. The same
  // object needs no comparison; an equal copy is found by its JSON (a few ms for a 30-person team).
  if (prepared?.input === input) return prepared.result
  const key = JSON.stringify(input)
  if (prepared?.key !== key) {
    const result = renderInWorker(input)
    result.catch(() => undefined) // a failure is reported to whoever awaits it, not as unhandled
    prepared = { input, key, result }
  }
  return prepared.result
}

/**
 * Makes the PDF in the background (worker only, never on the page's thread): the code and fonts load
 * and the document is ready before the click. Does nothing when the worker is unavailable.
 */
export function preparePdf(input: PdfInput): void {
  if (!workerBroken) void renderOnce(input).catch(() => undefined)
}

/**
 * The PDF for `input`: the prepared one when the data has not changed, else made now in the worker.
 * Only if the worker fails is it made on the page, after `onFallback` (the page may pause meanwhile).
 */
export async function makePdf(input: PdfInput, onFallback: () => void): Promise<MadePdf> {
  try {
    return { ...(await renderOnce(input)), via: 'worker' }
  } catch {
    // Whatever went wrong in the worker (it did not start, it died, the document failed there),
    // the page tries once itself.
    prepared = null
  }
  onFallback()
  let renderPdf: (input: PdfInput) => Promise<RenderedPdf>
  try {
    ;({ renderPdf } = await import('./render-pdf.ts'))
  } catch (error) {
    throw new PdfCodeUnavailable(String(error))
  }
  return { ...(await renderPdf(input)), via: 'page' }
}
