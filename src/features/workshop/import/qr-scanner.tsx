import { useEffect, useRef, useState } from 'react'
import { useT } from '../../../i18n/use-t.ts'
import type { ImportInput } from './import-responses.ts'
import { workshopMessages } from '../messages.ts'
import { qrDetector, type QrDetector } from './qr-detector.ts'
import { Button } from '../../../ui/button.tsx'

export type CameraProblem = 'unsupported' | 'denied' | 'noCamera' | 'failed'

const ANSWER_LINK = /#\/share\/[A-Za-z0-9_-]+/
// Often enough to feel instant, rarely enough to leave a cheap phone's CPU to the video.
const SCAN_INTERVAL_MS = 200

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException ? error.name : ''
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied'
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'noCamera'
  return 'failed'
}

export interface QrScannerProps {
  onRead: (inputs: ImportInput[]) => void
  onProblem: (problem: CameraProblem) => void
  onDone: () => void
}

/**
 * The camera's live picture, read for answer QR codes: each answer link seen for the first time in
 * this session goes to `onRead`. The camera stops on "Done", on a problem and when this unmounts.
 */
export function QrScanner({ onRead, onProblem, onDone }: QrScannerProps) {
  const m = useT(workshopMessages).importAnswers.scanner
  const video = useRef<HTMLVideoElement>(null)
  const done = useRef<HTMLButtonElement>(null)
  const [running, setRunning] = useState(false)
  const [read, setRead] = useState(0)
  const [notAnswerLink, setNotAnswerLink] = useState(false)
  // The camera keeps running while the parent re-renders: it reaches the newest callbacks through a ref.
  const latest = useRef({ onRead, onProblem, sourceOf: m.source })
  useEffect(() => {
    latest.current = { onRead, onProblem, sourceOf: m.source }
  })

  useEffect(() => done.current?.focus(), [])

  useEffect(() => {
    let stopped = false
    let stream: MediaStream | null = null
    let timer: number | undefined
    const seen = new Set<string>()
    let answerLinks = 0

    const stop = () => {
      stopped = true
      window.clearTimeout(timer)
      for (const track of stream?.getTracks() ?? []) track.stop()
    }
    const fail = (problem: CameraProblem) => {
      if (stopped) return
      stop()
      latest.current.onProblem(problem)
    }
    const readCodes = (values: string[]) => {
      const fresh = [...new Set(values)].filter((value) => !seen.has(value))
      if (fresh.length === 0) return
      for (const value of fresh) seen.add(value)
      const links = fresh.filter((value) => ANSWER_LINK.test(value))
      setNotAnswerLink(links.length < fresh.length)
      if (links.length === 0) return
      const { onRead, sourceOf } = latest.current
      onRead(links.map((text, i) => ({ source: sourceOf(answerLinks + i + 1), kind: 'link', text })))
      answerLinks += links.length
      setRead(answerLinks)
    }
    const scan = async (detector: QrDetector, element: HTMLVideoElement) => {
      if (element.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
        try {
          const codes = await detector.detect(element)
          if (stopped) return
          readCodes(codes.map((code) => code.rawValue))
        } catch (error) {
          // The reader itself is missing (e.g. its .wasm did not load); anything else is one bad frame.
          if (error instanceof DOMException && error.name === 'NotSupportedError') return fail('failed')
        }
      }
      if (!stopped) timer = window.setTimeout(() => void scan(detector, element), SCAN_INTERVAL_MS)
    }
    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) return fail('unsupported')
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      } catch (error) {
        return fail(problemOf(error))
      }
      // Closed while the browser was still asking for permission.
      if (stopped) return stop()
      const element = video.current!
      element.srcObject = stream
      let detector: QrDetector
      try {
        ;[detector] = await Promise.all([qrDetector(), element.play()])
      } catch {
        return fail('failed')
      }
      if (stopped) return
      setRunning(true)
      void scan(detector, element)
    }

    void start()
    return stop
  }, [])

  return (
    <div className="scanner">
      <video ref={video} className="scanner-video" aria-label={m.video} muted playsInline />
      <div role="status" aria-live="polite">
        <p>{running ? m.read(read) : m.starting}</p>
        {notAnswerLink && <p className="text-warning">{m.notAnswerLink}</p>}
      </div>
      <div className="button-row">
        <Button ref={done} variant="primary" onClick={onDone}>
          {m.done}
        </Button>
      </div>
    </div>
  )
}
