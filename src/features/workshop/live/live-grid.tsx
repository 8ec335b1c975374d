import type { KeyboardEvent, ReactNode } from 'react'
import { agreementOf, isTopic, type Question, type Workshop } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { liveMessages } from './live-messages.ts'
import { LockToggle } from './live-mode-lock.tsx'
import { isImported, type useLiveEntries } from './live-mode-entries.ts'
import { LEVELS } from './live-mode-keys.ts'
import { LiveRow, type LiveOption } from './live-row.tsx'
import { workshopMessages } from '../messages.ts'
import { Button } from '../../../ui/button.tsx'

/** The spread of the levels entered so far, and whether the question is a topic by the team report's rule. */
function SpreadSummary({ workshop, question }: { workshop: Workshop; question: Question }) {
  const t = useT(liveMessages)
  const format = useFormat()
  const participants = workshop.participants
  const choices = participants.map((p) => p.answers[question.id]?.choice)
  const levels = choices.filter((c): c is number => typeof c === 'number')
  const entered = choices.filter((c) => c !== undefined).length
  const min = levels.length > 0 ? Math.min(...levels) : null
  const max = levels.length > 0 ? Math.max(...levels) : null
  const mean = levels.length > 0 ? levels.reduce((a, b) => a + b, 0) / levels.length : null
  // The team report's rule, not a rule of its own: what is a topic here is a topic there.
  const topic = isTopic(agreementOf(choices).kind)
  return (
    <div className="live-spread" role="status" aria-live="polite">
      <p>
        <strong>
          {min === null || max === null
            ? t.noLevels
            : levels.length === 1
              ? t.single(min)
              : max === min
                ? t.agree(min)
                : t.spread(min, max, max - min)}
        </strong>
      </p>
      <p className="muted">
        {t.entered(entered, participants.length)}
        {mean !== null && ` · ${t.mean(format.level(mean))}`}
      </p>
      {topic && <p className="live-discuss">{t.discuss}</p>}
    </div>
  )
}

/**
 * The facilitator's own screen: one row per person with their name (never on the projector), the
 * room's consensus last, add a person, undo, and the spread so far. The column heads and the
 * consensus row stay in view while 30 rows scroll (see live.css).
 */
export function LiveGrid({
  idPrefix,
  workshop,
  question,
  options,
  entries,
  onKeyDown,
  children,
}: {
  idPrefix: string
  workshop: Workshop
  question: Question
  options: readonly LiveOption[]
  entries: ReturnType<typeof useLiveEntries>
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, row: number) => void
  /** Below the grid: the session plan. */
  children?: ReactNode
}) {
  const t = useT(liveMessages)
  const w = useT(workshopMessages)
  const participants = workshop.participants
  const consensus = workshop.consensus[question.id]
  const { locked, unlocked, toggle, choose, notice, canUndo, undo } = entries
  const optionLabel = (option: LiveOption) => (option === 'dontKnow' ? t.dontKnow : t.levelShort(option as number))
  const optionText = (option: LiveOption) => (option === 'dontKnow' ? t.dontKnowShort : String(option))
  return (
    <section className="live-answers" aria-labelledby={`${idPrefix}-grid`}>
      <h2 id={`${idPrefix}-grid`} className="live-grid-title">
        {t.grid}
      </h2>
      {participants.length === 0 && <p>{t.noParticipants}</p>}
      <div id={idPrefix} className="live-grid" aria-describedby={`${idPrefix}-help`}>
        <div className="live-row live-head" aria-hidden="true">
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
        <div className="live-consensus">
          <LiveRow
            idPrefix={idPrefix}
            row={participants.length}
            label={t.consensus}
            options={LEVELS}
            optionLabel={optionLabel}
            optionText={optionText}
            value={consensus}
            onChoose={(choice) => choose(participants.length, choice === consensus ? undefined : choice)}
            onKeyDown={onKeyDown}
          />
        </div>
      </div>
      {/* Below the grid, so 30 rows start right under the heading; screen readers hear it with the grid. */}
      <p className="live-help" id={`${idPrefix}-help`}>
        {t.gridHelp} {t.gridHelpMore}
      </p>
      <div className="button-row">
        <Button variant="quiet" onClick={() => useWorkshopStore.getState().addParticipant(workshop.id, {})}>
          {t.addParticipant}
        </Button>
        <Button variant="quiet" disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z" onClick={undo}>
          {t.undo}
        </Button>
      </div>
      <p className="live-notice" role="status">
        {notice}
      </p>
      <SpreadSummary workshop={workshop} question={question} />
      {children}
    </section>
  )
}
