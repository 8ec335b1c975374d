import { FileButton } from '../../../ui/file-button.tsx'
import { useEffect, useId, useRef, useState } from 'react'
import type { Questionnaire, Workshop } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { count, Outcome } from './import-answers-outcome.tsx'
import { ImportQuestionDialog } from './import-question-dialog.tsx'
import type { ImportInput } from './import-responses.ts'
import { workshopMessages } from '../messages.ts'
import { QrScanner, type CameraProblem } from './qr-scanner.tsx'
import { useImportFlow } from './use-import-flow.ts'
import { Button } from '../../../ui/button.tsx'

/** Many response files or answer links at once: what was added, what was there, what was refused. */
export function ImportAnswersSection({
  workshop,
  questionnaire,
}: {
  workshop: Workshop
  questionnaire: Questionnaire
}) {
  const t = useT(workshopMessages)
  const m = t.importAnswers
  const id = useId()
  const flow = useImportFlow(questionnaire)
  const { busy, lines } = flow
  const [links, setLinks] = useState('')
  const [dragging, setDragging] = useState(false)
  const [scanning, setScanning] = useState(false)
  const [cameraProblem, setCameraProblem] = useState<CameraProblem | null>(null)
  const scanButton = useRef<HTMLButtonElement>(null)
  const focusScanButton = useRef(false)

  // The scanner's Done button had the focus; it goes back to the button that opened the scanner.
  useEffect(() => {
    if (scanning || !focusScanButton.current) return
    focusScanButton.current = false
    scanButton.current?.focus()
  }, [scanning])

  const run = (inputs: ImportInput[]) => flow.run(workshop.id, inputs)
  const fromFiles = async (files: FileList | readonly File[] | null) => {
    const list = [...(files ?? [])]
    await run(
      await Promise.all(
        list.map(async (file) => ({ source: file.name, kind: 'file' as const, text: await file.text() })),
      ),
    )
  }
  const fromLinks = async () => {
    const lines = links.split(/\s+/).filter((line) => line.length > 0)
    await run(lines.map((text, i) => ({ source: m.link(i + 1), kind: 'link' as const, text })))
    setLinks('')
  }

  const closeScanner = (problem: CameraProblem | null) => {
    focusScanButton.current = true
    setScanning(false)
    setCameraProblem(problem)
  }

  const counts = lines && {
    added: count(lines, 'added', 'matched'),
    duplicates: count(lines, 'duplicate'),
    refused: count(lines, 'refused', 'otherQuestionnaire', 'older'),
    updated: count(lines, 'updated'),
    notTaken: count(lines, 'kept', 'skipped'),
    waiting: count(lines, 'changed', 'ambiguous', 'otherWorkshop'),
  }
  return (
    <section className="card panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <p className="muted">{m.lead}</p>
      <div className="import-grid">
        <div
          className={`dropzone${dragging ? ' dropzone-active' : ''}`}
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault()
            setDragging(false)
            void fromFiles(e.dataTransfer.files)
          }}
        >
          <p>{m.drop}</p>
          <FileButton label={m.choose} primary multiple onFiles={(files) => void fromFiles(files)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-links`}>{m.links}</label>
          <textarea id={`${id}-links`} rows={4} value={links} onChange={(e) => setLinks(e.target.value)} />
          <div className="button-row">
            <Button disabled={busy || links.trim() === ''} onClick={() => void fromLinks()}>
              {m.addLinks}
            </Button>
          </div>
        </div>
        <div className={`scan${scanning ? ' scan-active' : ''}`}>
          <p>{m.scanHint}</p>
          {scanning ? (
            <QrScanner
              onRead={(inputs) => void run(inputs)}
              onProblem={(problem) => closeScanner(problem)}
              onDone={() => closeScanner(null)}
            />
          ) : (
            <Button
              ref={scanButton}
              onClick={() => {
                setCameraProblem(null)
                setScanning(true)
              }}
            >
              {m.scan}
            </Button>
          )}
          {cameraProblem && (
            <p role="alert" className="notice notice-error">
              {m.scanner[cameraProblem]}
            </p>
          )}
        </div>
      </div>
      <div role="status" aria-live="polite" className="import-result">
        {busy && <p>{m.working}</p>}
        {!busy && counts && (
          <p className="outcome-summary">{m.summary(counts.added, counts.duplicates, counts.refused)}</p>
        )}
        {!busy && counts && counts.updated + counts.notTaken + counts.waiting > 0 && (
          <p>{m.more(counts.updated, counts.notTaken, counts.waiting)}</p>
        )}
      </div>
      {!busy && lines && (
        <ul className="outcome-list">
          {lines.map((line) => (
            <Outcome key={line.key} outcome={line.outcome} workshop={workshop} questionnaire={questionnaire} />
          ))}
        </ul>
      )}
      <ImportQuestionDialog question={flow.questions[0]} questionnaire={questionnaire} onAnswer={flow.answer} />
    </section>
  )
}
