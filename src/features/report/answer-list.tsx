import type { Question } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'

/** The level statement the user chose (or the special answer) and their note, per question. */
export function AnswerList({ model, questions }: { model: ReportModel; questions: Question[] }) {
  const t = useT(reportMessages).answers
  const pending = new Set(model.report.findings.flatMap((f) => (f.kind === 'notNeededNotCounted' ? f.questionIds : [])))
  return (
    <ol className="report-answers">
      {questions.map((question) => {
        const answer = model.response.answers[question.id]
        const choice = answer?.choice
        let label: string
        let statement: string | null = null
        if (typeof choice === 'number') {
          label = t.level(choice)
          statement = model.text(question.levels[choice]!)
        } else if (choice === undefined) label = t.unanswered
        else label = t[choice]
        return (
          <li key={question.id} className={choice === undefined ? 'report-answer report-answer-open' : 'report-answer'}>
            <p className="report-answer-title">{model.text(question.title)}</p>
            <p className="report-answer-choice">
              <span className="report-answer-label">{label}</span>
              {statement && <span> – {statement}</span>}
            </p>
            {choice === 'notNeeded' && pending.has(question.id) && (
              <p className="report-answer-hint">{t.notNeededPending}</p>
            )}
            {answer?.note && (
              <blockquote className="report-note">
                <p>
                  <span className="report-note-label">{t.note}: </span>
                  {answer.note}
                </p>
              </blockquote>
            )}
          </li>
        )
      })}
    </ol>
  )
}

/** Every answer of the dimension as a small bar (its level 0–4): the shape of the dimension at a glance. */
export function AnswerStrip({ model, questions }: { model: ReportModel; questions: Question[] }) {
  return (
    <div className="report-strip" aria-hidden="true">
      {questions.map((question) => {
        const choice = model.response.answers[question.id]?.choice
        const level = typeof choice === 'number' ? choice : null
        const kind =
          level !== null ? 'level' : choice === undefined ? 'open' : choice === 'dontKnow' ? 'unknown' : 'other'
        return (
          <span
            key={question.id}
            className={`report-strip-cell report-strip-${kind}`}
            title={model.text(question.title)}
          >
            <span style={{ height: `${level === null ? 0 : 12 + level * 22}%` }} />
          </span>
        )
      })}
    </div>
  )
}
