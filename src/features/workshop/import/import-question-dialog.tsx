import { useId, useState } from 'react'
import { localize, type AnswerChange, type Choice, type Questionnaire, type Workshop } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { Dialog } from '../../../ui/dialog.tsx'
import type { ImportQuestion } from './import-responses.ts'
import { participantLabel, roleLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import type { Decision, QuestionLine } from './use-import-flow.ts'
import { Button } from '../../../ui/button.tsx'

type Messages = (typeof workshopMessages)['de']

// One question follows another in the same dialog: each begins at its first control. (A stable
// function: React calls it when the control mounts, not on every render.)
const first = (element: HTMLElement | null) => {
  element?.focus()
}

/** A participant of a workshop as the facilitator knows them (by name where there is one). */
export function whoIs(t: Messages, workshop: Workshop | undefined, participantId: string): string {
  const index = workshop?.participants.findIndex((p) => p.id === participantId) ?? -1
  return index < 0 ? t.importAnswers.removed : participantLabel(t, workshop!.participants[index]!, index, true)
}

function titleOf(t: Messages, question: ImportQuestion, workshop: Workshop | undefined): string {
  const a = t.importAnswers.ask
  if (question.status === 'changed') return a.changedTitle(whoIs(t, workshop, question.participantId))
  if (question.status === 'ambiguous') return a.whoseTitle(question.read.response.respondent?.name ?? '')
  return a.otherTitle
}

function Changes({
  changes,
  adoptionChanged,
  questionnaire,
}: {
  changes: AnswerChange[]
  adoptionChanged: boolean
  questionnaire: Questionnaire
}) {
  const a = useT(workshopMessages).importAnswers.ask
  const locale = useLocale()
  const choice = (value: Choice | undefined) =>
    value === undefined ? a.none : typeof value === 'number' ? a.level(value) : (a.choices[value] ?? value)
  const titles = new Map(questionnaire.questions.map((q) => [q.id, localize(q.title, locale)]))
  return (
    <ul>
      {changes.map((change) => {
        const title = titles.get(change.questionId) ?? change.questionId
        const levels = change.from !== change.to
        return (
          <li key={change.questionId}>
            {levels ? a.change(title, choice(change.from), choice(change.to)) : `${title}: ${a.noteChanged}`}
            {levels && change.noteChanged && ` (${a.noteChanged})`}
          </li>
        )
      })}
      {adoptionChanged && <li>{a.adoptionChanged}</li>}
    </ul>
  )
}

/**
 * The two answers to a question: yes (the first control, so it has the focus) and no. In a form
 * whose choice is the first control, yes submits it instead.
 */
function YesOrNo({
  yes,
  no,
  onAnswer,
  submits = false,
}: {
  yes: string
  no: string
  onAnswer: (decision: Decision) => void
  submits?: boolean
}) {
  return (
    <div className="button-row">
      {submits ? (
        <Button type="submit" variant="primary">
          {yes}
        </Button>
      ) : (
        <Button ref={first} variant="primary" onClick={() => onAnswer({ accept: true })}>
          {yes}
        </Button>
      )}
      <Button onClick={() => onAnswer({ accept: false })}>{no}</Button>
    </div>
  )
}

function Body({
  question,
  workshop,
  questionnaire,
  onAnswer,
}: {
  question: ImportQuestion
  workshop: Workshop | undefined
  questionnaire: Questionnaire
  onAnswer: (decision: Decision) => void
}) {
  const t = useT(workshopMessages)
  const a = t.importAnswers.ask
  const id = useId()
  const workshops = useWorkshopStore((s) => s.workshops)
  const [choice, setChoice] = useState<string>(question.status === 'ambiguous' ? question.candidates[0]! : '')
  const here = workshop?.title ?? ''

  if (question.status === 'changed')
    return (
      <>
        <p>{a.changedLead(question.source, whoIs(t, workshop, question.participantId))}</p>
        <Changes changes={question.changes} adoptionChanged={question.adoptionChanged} questionnaire={questionnaire} />
        <YesOrNo yes={a.take} no={a.keep} onAnswer={onAnswer} />
      </>
    )
  if (question.status === 'otherWorkshop') {
    const other = workshops.find((w) => w.id === question.workshopId)
    return (
      <>
        <p>
          {other ? a.otherLeadKnown(question.source, other.title, here) : a.otherLeadUnknown(question.source, here)}
        </p>
        <YesOrNo yes={a.addAnyway(here)} no={a.dontAdd} onAnswer={onAnswer} />
      </>
    )
  }
  const name = question.read.response.respondent?.name ?? ''
  const options = question.candidates.map((participantId) => {
    const index = workshop?.participants.findIndex((p) => p.id === participantId) ?? -1
    const participant = workshop?.participants[index]
    return {
      value: participantId,
      label: a.candidate(whoIs(t, workshop, participantId), roleLabel(t, participant?.role), index + 1),
    }
  })
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault()
        onAnswer({ accept: true, participantId: choice === '' ? null : choice })
      }}
    >
      <p>{a.whoseLead(question.source, name, question.candidates.length)}</p>
      <fieldset className="choice-list">
        <legend>{a.whose}</legend>
        {[...options, { value: '', label: a.asNew }].map((option, i) => (
          <div key={option.value} className="choice">
            <input
              ref={i === 0 ? first : undefined}
              id={`${id}-${i}`}
              type="radio"
              name={`${id}-whose`}
              value={option.value}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
            />
            <label htmlFor={`${id}-${i}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <YesOrNo yes={a.assign} no={a.dontImport} onAnswer={onAnswer} submits />
    </form>
  )
}

/**
 * Asks the facilitator about one imported answer at a time: take a newer version (its changes
 * shown), whose row a shared name belongs to, add answers sent for another workshop. Escape says no.
 */
export function ImportQuestionDialog({
  question,
  questionnaire,
  onAnswer,
}: {
  question: QuestionLine | undefined
  questionnaire: Questionnaire
  onAnswer: (decision: Decision) => void
}) {
  const t = useT(workshopMessages)
  const workshop = useWorkshopStore((s) => s.workshops.find((w) => w.id === question?.workshopId))
  return (
    <Dialog
      open={question !== undefined}
      title={question ? titleOf(t, question.outcome, workshop) : ''}
      onClose={() => onAnswer({ accept: false })}
    >
      {question && (
        <Body
          key={question.key}
          question={question.outcome}
          workshop={workshop}
          questionnaire={questionnaire}
          onAnswer={onAnswer}
        />
      )}
    </Dialog>
  )
}
