import { memo } from 'react'
import { SPECIAL_CHOICES, type Answer, type Choice, type Question } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { flowMessages } from './flow-messages.ts'

interface QuestionCardProps {
  question: Question
  /** 1-based position within its dimension. */
  position: number
  count: number
  answer: Answer | undefined
  /** Where choices go instead of the open assessment (the questionnaire editor's preview). */
  answering?: Answering
}

export interface Answering {
  setChoice: (questionId: string, choice: Choice | undefined) => void
  setNote: (questionId: string, note: string) => void
  visit: (questionId: string) => void
}

/** The DOM id of a question's section: the target of resume and of "next open question". */
export const questionAnchor = (questionId: string) => `question-${questionId}`

function parseChoice(value: string): Choice {
  const level = Number(value)
  return Number.isInteger(level) ? (level as Choice) : (value as Choice)
}

/** Four small bars, filled up to the level: a visual aid only, the statement is the label. */
function LevelMarker({ level }: { level: number }) {
  return (
    <span className="level-marker" aria-hidden="true">
      {[1, 2, 3, 4].map((bar) => (
        <span key={bar} className={bar <= level ? 'level-bar level-bar-on' : 'level-bar'} />
      ))}
    </span>
  )
}

/**
 * One question: its prompt as the legend of a radio group whose labels are the five level
 * statements, the special answers the question offers, why it matters, and an optional note.
 */
export const QuestionCard = memo(function QuestionCard({
  question,
  position,
  count,
  answer,
  answering,
}: QuestionCardProps) {
  const t = useT(flowMessages).step
  const locale = useLocale()
  // Read when used: the store's actions never change, so the card need not subscribe to them.
  const to = (): Answering => answering ?? useAssessmentStore.getState()
  const anchor = questionAnchor(question.id)
  const choice = answer?.choice
  const specials = SPECIAL_CHOICES.filter((special) => question.options[special])
  const option = (value: Choice, label: string, marker?: number) => {
    const id = `${anchor}-${value}`
    return (
      <div className={marker === undefined ? 'option option-special' : 'option'} key={String(value)}>
        <input
          type="radio"
          id={id}
          name={question.id}
          value={String(value)}
          checked={choice === value}
          onChange={(event) => to().setChoice(question.id, parseChoice(event.currentTarget.value))}
        />
        <label htmlFor={id}>
          {marker !== undefined && <LevelMarker level={marker} />}
          <span className="option-text">{label}</span>
        </label>
      </div>
    )
  }
  return (
    <section
      id={anchor}
      className={choice === undefined ? 'question' : 'question question-answered'}
      // Two ids, not the line's id: a name is joined from several ids with a space, while the
      // line's inline spans would run together ("Frage 1 von 10Nutzen in einem Satz").
      aria-labelledby={`${anchor}-position ${anchor}-topic`}
      onFocus={() => {
        if (useAssessmentStore.getState().lastQuestionId !== question.id) to().visit(question.id)
      }}
    >
      <p className="question-meta" id={`${anchor}-title`}>
        <span className="question-position" id={`${anchor}-position`}>
          {t.question(position, count)}
        </span>
        <span aria-hidden="true"> · </span>
        <span className="question-topic" id={`${anchor}-topic`}>
          {question.title[locale]}
        </span>
      </p>
      <fieldset className="options">
        <legend className="question-prompt">{question.prompt[locale]}</legend>
        {question.levels.map((level, i) => option(i as Choice, level[locale], i))}
        {specials.length > 0 && (
          <div className="options-special">{specials.map((special) => option(special, t.special[special]))}</div>
        )}
      </fieldset>
      <details className="question-why">
        <summary>{t.why}</summary>
        <p>{question.why[locale]}</p>
      </details>
      <div className="field question-note">
        <label htmlFor={`${anchor}-note`}>{t.note}</label>
        <span className="field-hint" id={`${anchor}-note-hint`}>
          {t.noteHint}
        </span>
        <textarea
          id={`${anchor}-note`}
          rows={2}
          maxLength={2000}
          aria-describedby={`${anchor}-note-hint`}
          value={answer?.note ?? ''}
          onChange={(event) => to().setNote(question.id, event.currentTarget.value)}
        />
      </div>
    </section>
  )
})
