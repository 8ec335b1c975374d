import { Suspense, useEffect, useEffectEvent, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Link, useSearchParams } from 'react-router'
import { agreementOf, isTopic, type Questionnaire, type Workshop } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useWorkshopStore } from '../../store/workshop-store.ts'
import { useFormat } from './format.ts'
import { FullScreenButton } from './full-screen-button.tsx'
import { participantLabel } from './labels.ts'
import { liveMessages } from './live-messages.ts'
import { LockToggle } from './live-mode-lock.tsx'
import { isImported, useLiveEntries } from './live-mode-entries.ts'
import { SessionPlanner } from './live-mode-plan.tsx'
import { TimerDisplay } from './live-mode-timer.tsx'
import { LiveQuestion } from './live-question.tsx'
import { LiveRow, type LiveOption } from './live-row.tsx'
import { ProjectorView } from './projector-view.tsx'
import { readPlan, sessionSteps, writePlan } from './session-plan.ts'
import { useTopicTimer } from './session-timer.ts'
import { workshopMessages } from './messages.ts'
import { OtherQuestionnaireNotice, WorkshopMissing } from './page-states.tsx'
import { useWorkshopContext } from './use-workshop.ts'
import './workshop.css'
import './live.css'

const LEVELS = [0, 1, 2, 3, 4] as const

function focusRow(idPrefix: string, row: number): void {
  document.querySelector<HTMLElement>(`#${CSS.escape(idPrefix)} [data-row="${row}"] [tabindex="0"]`)?.focus()
}

function Live({ workshop, questionnaire }: { workshop: Workshop; questionnaire: Questionnaire }) {
  const t = useT(liveMessages)
  const w = useT(workshopMessages)
  const format = useFormat()
  const idPrefix = useId().replaceAll(':', '')
  const screen = useRef<HTMLElement>(null)
  const projector = useRef<HTMLDivElement>(null)
  const [params, setParams] = useSearchParams()
  const { addParticipant } = useWorkshopStore.getState()
  const total = questionnaire.questions.length
  const plan = readPlan(params)
  const steps = sessionSteps(questionnaire, plan.only)
  const requested = params.get('q')
  const index = requested === null ? steps[0]! : Math.min(Math.max(Number(requested) || 1, 1), total) - 1
  // An undo may show a question outside the session's plan: the neighbours are still the plan's.
  const nextIndex = steps.find((i) => i > index)
  const previousIndex = [...steps].reverse().find((i) => i < index)
  const step = steps.indexOf(index)
  const onProjector = params.get('view') === 'projector'
  const question = questionnaire.questions[index]!
  const dimension = questionnaire.dimensions.find((d) => d.id === question.dimension)!
  const participants = workshop.participants
  const options: LiveOption[] = question.options.dontKnow ? [...LEVELS, 'dontKnow'] : [...LEVELS]
  const consensusRow = participants.length
  const update = (change: (next: URLSearchParams) => URLSearchParams) =>
    setParams((current) => change(new URLSearchParams(current)), { replace: true })
  const go = (to: number | undefined) => {
    if (to === undefined || to < 0 || to >= total) return
    update((next) => {
      next.set('q', String(to + 1))
      return next
    })
  }
  const [shown, setShown] = useState({ questionId: question.id, revealed: false })
  // Hidden again whenever the question changes, also on the way back: the room answers before it sees the others.
  if (shown.questionId !== question.id) setShown({ questionId: question.id, revealed: false })
  const revealed = shown.questionId === question.id && shown.revealed
  const toggleReveal = () => setShown({ questionId: question.id, revealed: !revealed })
  const timer = useTopicTimer(plan.minutes * 60, question.id)
  const levels = participants
    .map((p) => p.answers[question.id]?.choice)
    .filter((c): c is number => typeof c === 'number')
  const entered = participants.filter((p) => p.answers[question.id]?.choice !== undefined).length
  const min = levels.length > 0 ? Math.min(...levels) : null
  const max = levels.length > 0 ? Math.max(...levels) : null
  const mean = levels.length > 0 ? levels.reduce((a, b) => a + b, 0) / levels.length : null
  const consensus = workshop.consensus[question.id]
  const { locked, unlocked, toggle, refuse, choose, nextEditable, notice, canUndo, undo } = useLiveEntries(
    workshop,
    question.id,
    index,
    go,
  )
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number) => {
    const rowOptions = row === consensusRow ? LEVELS : options
    const current = row === consensusRow ? consensus : participants[row]?.answers[question.id]?.choice
    const key = event.key
    let handled = true
    if (event.ctrlKey || event.metaKey || event.altKey) handled = false
    else if (/^[0-4]$/.test(key)) {
      choose(row, Number(key))
      if (!locked(row)) focusRow(idPrefix, nextEditable(row))
    } else if ((key === 'd' || key === 'D' || key === '?') && row !== consensusRow && question.options.dontKnow) {
      choose(row, 'dontKnow')
      if (!locked(row)) focusRow(idPrefix, nextEditable(row))
    } else if (key === 'Delete' || key === 'Backspace') choose(row, undefined)
    else if (key === 'ArrowDown') focusRow(idPrefix, Math.min(row + 1, consensusRow))
    else if (key === 'ArrowUp') focusRow(idPrefix, Math.max(row - 1, 0))
    else if ((key === 'ArrowRight' || key === 'ArrowLeft') && locked(row)) refuse(row)
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const at = rowOptions.findIndex((o) => o === current)
      const next = key === 'ArrowRight' ? Math.min(at + 1, rowOptions.length - 1) : Math.max(at - 1, 0)
      choose(row, rowOptions[next])
      document.getElementById(`${idPrefix}-${row}-${next}`)?.focus()
    } else if (key === 'PageDown' || key === 'PageUp') {
      go(key === 'PageDown' ? nextIndex : previousIndex)
      focusRow(idPrefix, 0)
    } else handled = false
    if (handled) event.preventDefault()
  }
  // The projector's keys: a presenter's clicker sends Page Down / Page Up.
  const onProjectorKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    const key = event.key
    if (
      event.defaultPrevented ||
      (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))
    )
      return
    let handled = true
    if (event.ctrlKey || event.metaKey || event.altKey) handled = false
    else if (key === 'r' || key === 'R') toggleReveal()
    else if (key === 't' || key === 'T') timer.toggle()
    else if (/^[0-4]$/.test(key)) choose(consensusRow, Number(key) === consensus ? undefined : Number(key))
    else if (key === 'PageDown' || key === 'ArrowRight') go(nextIndex)
    else if (key === 'PageUp' || key === 'ArrowLeft') go(previousIndex)
    else handled = false
    if (handled) event.preventDefault()
  })
  // On the whole page, not one element: the keys work wherever the focus is (after a reload, on the body).
  useEffect(() => {
    if (!onProjector) return
    const listener = (event: globalThis.KeyboardEvent) => onProjectorKey(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [onProjector])
  // Keys work as soon as a view opens: the first row to enter, or the projector view itself.
  const focusView = useEffectEvent(() => {
    if (onProjector) {
      projector.current?.focus()
      // The view is one screen high: scrolled to its top, the app's own header is out of sight.
      screen.current?.scrollIntoView?.({ block: 'start' })
    } else focusRow(idPrefix, nextEditable(-1))
  })
  useEffect(() => focusView(), [onProjector])
  const switchView = () =>
    update((next) => {
      if (onProjector) next.delete('view')
      else next.set('view', 'projector')
      return next
    })

  const optionLabel = (option: LiveOption) => (option === 'dontKnow' ? t.dontKnow : t.levelShort(option as number))
  const optionText = (option: LiveOption) => (option === 'dontKnow' ? t.dontKnowShort : String(option))
  const spread = min !== null && max !== null ? max - min : null
  // The team report's rule, not a rule of its own: what is a topic here is a topic there.
  const topic = isTopic(agreementOf(participants.map((p) => p.answers[question.id]?.choice)).kind)
  return (
    <article
      ref={screen}
      className={`ws ws-live${onProjector ? ' ws-live-projector' : ''}`}
      aria-labelledby="ws-live-title"
    >
      <header className="ws-live-bar">
        <div>
          <h1 id="ws-live-title" className="ws-live-title">
            {t.title(workshop.title)}
          </h1>
          <div className="ws-live-links">
            <Link className="ws-live-back" to={`/workshops/${workshop.id}`}>
              {t.back}
            </Link>
            <FullScreenButton target={screen} enter={t.fullScreen} leave={t.leaveFullScreen} />
            <button type="button" className="ws-live-fullscreen" onClick={switchView}>
              {onProjector ? t.facilitator : t.projector}
            </button>
          </div>
        </div>
        {!onProjector && <TimerDisplay timer={timer} />}
        <div className="ws-live-progress">
          <label htmlFor={`${idPrefix}-progress`}>
            {step >= 0 ? t.progress(step + 1, steps.length) : t.progress(index + 1, total)}
          </label>
          <progress
            id={`${idPrefix}-progress`}
            max={step >= 0 ? steps.length : total}
            value={step >= 0 ? step + 1 : index + 1}
          />
        </div>
      </header>
      {onProjector ? (
        <div
          ref={projector}
          role="group"
          aria-label={t.projector}
          tabIndex={-1}
          className="ws-projector-screen"
          aria-describedby={`${idPrefix}-projector-help`}
        >
          <ProjectorView
            questionnaire={questionnaire}
            question={question}
            choices={participants.map((p) => p.answers[question.id]?.choice)}
            consensus={consensus}
            revealed={revealed}
            onReveal={toggleReveal}
            timer={timer}
          />
          <p id={`${idPrefix}-projector-help`} className="ws-sr-only">
            {t.projectorHelp}
          </p>
        </div>
      ) : (
        <div className="ws-live-body">
          <LiveQuestion dimension={dimension} question={question} consensus={consensus} prefix="ws-live" />
          <section className="ws-live-answers" aria-labelledby={`${idPrefix}-grid`}>
            <h2 id={`${idPrefix}-grid`} className="ws-live-grid-title">
              {t.grid}
            </h2>
            <p className="ws-live-help" id={`${idPrefix}-help`}>
              {t.gridHelp} {t.gridHelpMore}
            </p>
            {participants.length === 0 && <p>{t.noParticipants}</p>}
            <div id={idPrefix} className="ws-live-grid" aria-describedby={`${idPrefix}-help`}>
              <div className="ws-live-row ws-live-head" aria-hidden="true">
                <span />
                {options.map((o) => (
                  <span key={String(o)}>{optionText(o)}</span>
                ))}
              </div>
              {participants.map((p, row) => (
                <LiveRow
                  key={p.id}
                  idPrefix={idPrefix}
                  row={row}
                  label={participantLabel(w, p, row, true)}
                  options={options}
                  optionLabel={optionLabel}
                  optionText={optionText}
                  value={p.answers[question.id]?.choice}
                  readOnly={locked(row)}
                  aside={
                    isImported(p) && (
                      <LockToggle
                        idPrefix={`${idPrefix}-lock-${row}`}
                        who={participantLabel(w, p, row, true)}
                        source={w.participants.sources[p.source]!}
                        unlocked={unlocked.has(p.id)}
                        onToggle={() => toggle(p.id)}
                      />
                    )
                  }
                  onChoose={(choice) => choose(row, choice)}
                  onKeyDown={onKeyDown}
                />
              ))}
              <div className="ws-live-consensus">
                <LiveRow
                  idPrefix={idPrefix}
                  row={consensusRow}
                  label={t.consensus}
                  options={LEVELS}
                  optionLabel={optionLabel}
                  optionText={optionText}
                  value={consensus}
                  onChoose={(choice) => choose(consensusRow, choice === consensus ? undefined : choice)}
                  onKeyDown={onKeyDown}
                />
              </div>
            </div>
            <div className="ws-actions">
              <button
                type="button"
                className="ws-button ws-button-quiet"
                onClick={() => addParticipant(workshop.id, {})}
              >
                {t.addParticipant}
              </button>
              <button
                type="button"
                className="ws-button ws-button-quiet"
                disabled={!canUndo}
                aria-keyshortcuts="Control+Z Meta+Z"
                onClick={undo}
              >
                {t.undo}
              </button>
            </div>
            <p className="ws-live-notice" role="status">
              {notice}
            </p>
            <div className="ws-live-spread" role="status" aria-live="polite">
              <p>
                <strong>
                  {spread === null
                    ? t.noLevels
                    : levels.length === 1
                      ? t.single(min!)
                      : spread === 0
                        ? t.agree(min!)
                        : t.spread(min!, max!, spread)}
                </strong>
              </p>
              <p className="ws-muted">
                {t.entered(entered, participants.length)}
                {mean !== null && ` · ${t.mean(format.level(mean))}`}
              </p>
              {topic && <p className="ws-live-discuss">{t.discuss}</p>}
            </div>
            <SessionPlanner
              questionnaire={questionnaire}
              plan={plan}
              onChange={(next) => update((current) => writePlan(current, next))}
            />
          </section>
        </div>
      )}
      <nav className="ws-live-nav" aria-label={t.question}>
        <button
          type="button"
          className="ws-button ws-live-navbutton"
          disabled={previousIndex === undefined}
          onClick={() => go(previousIndex)}
        >
          ← {t.previous}
        </button>
        {nextIndex === undefined ? (
          <Link className="ws-button ws-button-primary ws-live-navbutton" to={`/workshops/${workshop.id}/report`}>
            {t.toReport} →
          </Link>
        ) : (
          <button type="button" className="ws-button ws-button-primary ws-live-navbutton" onClick={() => go(nextIndex)}>
            {t.next} →
          </button>
        )}
      </nav>
    </article>
  )
}

function LiveView() {
  const context = useWorkshopContext()
  if (context.state === 'missing') return <WorkshopMissing />
  if (context.state === 'otherQuestionnaire')
    return (
      <article className="ws ws-page" aria-label={context.workshop.title}>
        <h1>{context.workshop.title}</h1>
        <OtherQuestionnaireNotice workshop={context.workshop} active={context.active} />
      </article>
    )
  return <Live workshop={context.workshop} questionnaire={context.questionnaire} />
}

/** #/workshops/:workshopId/live — one question at a time on a projector, every voice entered by keyboard. */
export function LiveModePage() {
  const t = useT(workshopMessages)
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <LiveView />
    </Suspense>
  )
}
