import { useEffect, useEffectEvent, useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import type { Questionnaire, Workshop } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { FullScreenButton } from './full-screen-button.tsx'
import { LiveGrid } from './live-grid.tsx'
import { liveMessages } from './live-messages.ts'
import { useLiveEntries } from './live-mode-entries.ts'
import { focusRow, gridKeyHandler, LEVELS, useProjectorKeys } from './live-mode-keys.ts'
import { SessionPlanner } from './live-mode-plan.tsx'
import { TimerDisplay } from './live-mode-timer.tsx'
import { LiveQuestion } from './live-question.tsx'
import type { LiveOption } from './live-row.tsx'
import { ProjectorView } from './projector-view.tsx'
import { useLiveAddress } from './live-mode-address.ts'
import { writePlan } from './session-plan.ts'
import { useTopicTimer } from './session-timer.ts'
import { ReadyWorkshop } from '../page-states.tsx'
import { Loading } from '../../../ui/loading.tsx'
import { paths } from '../../../ui/paths.ts'
import { Button, ButtonLink } from '../../../ui/button.tsx'
import '../../../ui/team-base.css'
import '../workshop.css'
import './live.css'

function Live({ workshop, questionnaire }: { workshop: Workshop; questionnaire: Questionnaire }) {
  const t = useT(liveMessages)
  const idPrefix = useId().replaceAll(':', '')
  const screen = useRef<HTMLElement>(null)
  const projector = useRef<HTMLDivElement>(null)
  const { plan, steps, index, nextIndex, previousIndex, onProjector, update, go } = useLiveAddress(questionnaire)
  const total = questionnaire.questions.length
  const step = steps.indexOf(index)
  const question = questionnaire.questions[index]!
  const dimension = questionnaire.dimensions.find((d) => d.id === question.dimension)!
  const participants = workshop.participants
  const options: LiveOption[] = question.options.dontKnow ? [...LEVELS, 'dontKnow'] : [...LEVELS]
  const consensusRow = participants.length
  const consensus = workshop.consensus[question.id]
  const [shown, setShown] = useState({ questionId: question.id, revealed: false })
  // Hidden again whenever the question changes, also on the way back: the room answers before it sees the others.
  if (shown.questionId !== question.id) setShown({ questionId: question.id, revealed: false })
  const revealed = shown.questionId === question.id && shown.revealed
  const toggleReveal = () => setShown({ questionId: question.id, revealed: !revealed })
  const timer = useTopicTimer(plan.minutes * 60, question.id)
  const entries = useLiveEntries(workshop, question.id, index, go)
  const onKeyDown = gridKeyHandler({
    idPrefix,
    question,
    options,
    consensusRow,
    valueOf: (row) => (row === consensusRow ? consensus : participants[row]?.answers[question.id]?.choice),
    ...entries,
    go,
    nextIndex,
    previousIndex,
  })
  useProjectorKeys(onProjector, {
    reveal: toggleReveal,
    timer: timer.toggle,
    consensus: (level) => entries.choose(consensusRow, level === consensus ? undefined : level),
    next: () => go(nextIndex),
    previous: () => go(previousIndex),
  })
  // Keys work as soon as a view opens: the first row to enter, or the projector view itself.
  const focusView = useEffectEvent(() => {
    if (onProjector) {
      projector.current?.focus()
      // The view is one screen high: scrolled to its top, the app's own header is out of sight.
      screen.current?.scrollIntoView?.({ block: 'start' })
    } else focusRow(idPrefix, entries.nextEditable(-1))
  })
  useEffect(() => focusView(), [onProjector])
  const switchView = () =>
    update((next) => {
      if (onProjector) next.delete('view')
      else next.set('view', 'projector')
      return next
    })

  return (
    <article
      ref={screen}
      className={`live${onProjector ? ' live-projector' : ''}`}
      aria-labelledby="workshop-live-title"
    >
      <header className="live-bar">
        <div>
          <h1 id="workshop-live-title" className="live-title">
            {t.title(workshop.title)}
          </h1>
          <div className="live-links">
            <Link className="live-back" to={paths.workshop(workshop.id)}>
              {t.back}
            </Link>
            <FullScreenButton target={screen} enter={t.fullScreen} leave={t.leaveFullScreen} />
            <button type="button" className="live-fullscreen" onClick={switchView}>
              {onProjector ? t.facilitator : t.projector}
            </button>
          </div>
        </div>
        {!onProjector && <TimerDisplay timer={timer} />}
        <div className="live-progress">
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
          className="projector-screen"
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
          <p id={`${idPrefix}-projector-help`} className="visually-hidden">
            {t.projectorHelp}
          </p>
        </div>
      ) : (
        <div className="live-body">
          <LiveQuestion dimension={dimension} question={question} consensus={consensus} prefix="live" />
          <LiveGrid
            idPrefix={idPrefix}
            workshop={workshop}
            question={question}
            options={options}
            entries={entries}
            onKeyDown={onKeyDown}
          >
            <SessionPlanner
              questionnaire={questionnaire}
              plan={plan}
              onChange={(next) => update((current) => writePlan(current, next))}
            />
          </LiveGrid>
        </div>
      )}
      <nav className="live-nav" aria-label={t.question}>
        <Button className="live-navbutton" disabled={previousIndex === undefined} onClick={() => go(previousIndex)}>
          ← {t.previous}
        </Button>
        {nextIndex === undefined ? (
          <ButtonLink variant="primary" className="live-navbutton" to={paths.teamReport(workshop.id)}>
            {t.toReport} →
          </ButtonLink>
        ) : (
          <Button variant="primary" className="live-navbutton" onClick={() => go(nextIndex)}>
            {t.next} →
          </Button>
        )}
      </nav>
    </article>
  )
}

/** #/workshops/:workshopId/live — one question at a time on a projector, every voice entered by keyboard. */
export function LiveModePage() {
  return (
    <Loading>
      <ReadyWorkshop>
        {(workshop, questionnaire) => <Live workshop={workshop} questionnaire={questionnaire} />}
      </ReadyWorkshop>
    </Loading>
  )
}
