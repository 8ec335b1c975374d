import { useEffect, useId, useRef, useState } from 'react'
import { describeProblems, type Questionnaire, type Workshop } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useWorkshopStore } from '../../store/workshop-store.ts'
import { importResponses, type ImportInput, type ImportOutcome } from './import-responses.ts'
import { participantLabel } from './labels.ts'
import { workshopMessages } from './messages.ts'
import { QrScanner, type CameraProblem } from './qr-scanner.tsx'

function Outcome({
  outcome,
  workshop,
  questionnaire,
  added,
}: {
  outcome: ImportOutcome
  workshop: Workshop
  questionnaire: Questionnaire
  added: number
}) {
  const t = useT(workshopMessages)
  const m = t.importAnswers
  switch (outcome.status) {
    case 'added':
      return <li className="ws-ok">{m.added(outcome.source, outcome.participant.name ?? t.participantLabel(added))}</li>
    case 'duplicate':
      return (
        <li className="ws-warn">
          {outcome.existing === null
            ? m.duplicateInBatch(outcome.source)
            : m.duplicate(
                outcome.source,
                participantLabel(t, workshop.participants[outcome.existing] ?? {}, outcome.existing, true),
              )}
        </li>
      )
    case 'otherQuestionnaire':
      return (
        <li className="ws-bad">
          {m.refused(outcome.source)}{' '}
          {m.otherQuestionnaire(outcome.id, outcome.version, questionnaire.id, questionnaire.version)}
        </li>
      )
    case 'refused':
      return (
        <li className="ws-bad">
          {m.refused(outcome.source)}
          <ul>
            {describeProblems(outcome.problems).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      )
  }
}

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
  const addParticipants = useWorkshopStore((s) => s.addParticipants)
  const [links, setLinks] = useState('')
  const [busy, setBusy] = useState(false)
  const [dragging, setDragging] = useState(false)
  const [result, setResult] = useState<{ outcomes: ImportOutcome[]; before: number } | null>(null)
  const [scanning, setScanning] = useState(false)
  const [cameraProblem, setCameraProblem] = useState<CameraProblem | null>(null)
  const scanButton = useRef<HTMLButtonElement>(null)
  const focusScanButton = useRef(false)
  // One import at a time: codes scanned in quick succession must each see who the one before added.
  const queue = useRef(Promise.resolve())

  // The scanner's Done button had the focus; it goes back to the button that opened the scanner.
  useEffect(() => {
    if (scanning || !focusScanButton.current) return
    focusScanButton.current = false
    scanButton.current?.focus()
  }, [scanning])

  const run = (inputs: ImportInput[]) => {
    const next = queue.current.then(() => importNow(inputs))
    queue.current = next.catch(() => undefined)
    return next
  }
  const importNow = async (inputs: ImportInput[]) => {
    if (inputs.length === 0) return
    setBusy(true)
    // Read the participants at the moment of import: earlier imports are never lost.
    const current = useWorkshopStore.getState().workshops.find((w) => w.id === workshop.id)?.participants ?? []
    const outcomes = await importResponses(questionnaire, current, inputs)
    const participants = outcomes.flatMap((o) => (o.status === 'added' ? [o.participant] : []))
    if (participants.length > 0) addParticipants(workshop.id, participants)
    setResult({ outcomes, before: current.length })
    setBusy(false)
  }
  const fromFiles = async (files: FileList | null) => {
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

  const counts = result && {
    added: result.outcomes.filter((o) => o.status === 'added').length,
    duplicates: result.outcomes.filter((o) => o.status === 'duplicate').length,
    refused: result.outcomes.filter((o) => o.status === 'refused' || o.status === 'otherQuestionnaire').length,
  }
  // The number each added participant gets: after those already there, in the order added.
  const numbers = (result?.outcomes ?? []).reduce<number[]>(
    (acc, o) => [...acc, (acc.at(-1) ?? result?.before ?? 0) + (o.status === 'added' ? 1 : 0)],
    [],
  )
  return (
    <section className="ws-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <p className="ws-muted">{m.lead}</p>
      <div className="ws-import-grid">
        <div
          className={`ws-dropzone${dragging ? ' ws-dropzone-active' : ''}`}
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
          <label htmlFor={`${id}-files`} className="ws-button ws-button-primary ws-file-label">
            {m.choose}
          </label>
          <input
            id={`${id}-files`}
            className="ws-file-input"
            type="file"
            multiple
            accept=".json,application/json"
            onChange={(e) => {
              const input = e.currentTarget
              void fromFiles(input.files).then(() => {
                input.value = ''
              })
            }}
          />
        </div>
        <div className="ws-field">
          <label htmlFor={`${id}-links`}>{m.links}</label>
          <textarea id={`${id}-links`} rows={4} value={links} onChange={(e) => setLinks(e.target.value)} />
          <div className="ws-actions">
            <button
              type="button"
              className="ws-button"
              disabled={busy || links.trim() === ''}
              onClick={() => void fromLinks()}
            >
              {m.addLinks}
            </button>
          </div>
        </div>
        <div className={`ws-scan${scanning ? ' ws-scan-active' : ''}`}>
          <p>{m.scanHint}</p>
          {scanning ? (
            <QrScanner
              onRead={(inputs) => void run(inputs)}
              onProblem={(problem) => closeScanner(problem)}
              onDone={() => closeScanner(null)}
            />
          ) : (
            <button
              ref={scanButton}
              type="button"
              className="ws-button"
              onClick={() => {
                setCameraProblem(null)
                setScanning(true)
              }}
            >
              {m.scan}
            </button>
          )}
          {cameraProblem && (
            <p role="alert" className="ws-problems">
              {m.scanner[cameraProblem]}
            </p>
          )}
        </div>
      </div>
      <div role="status" aria-live="polite" className="ws-import-result">
        {busy && <p>{m.working}</p>}
        {!busy && counts && <p className="ws-summary">{m.summary(counts.added, counts.duplicates, counts.refused)}</p>}
      </div>
      {!busy && result && (
        <ul className="ws-outcomes">
          {result.outcomes.map((outcome, i) => (
            <Outcome key={i} outcome={outcome} workshop={workshop} questionnaire={questionnaire} added={numbers[i]!} />
          ))}
        </ul>
      )}
    </section>
  )
}
