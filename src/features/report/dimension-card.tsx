import { shownChange, type Dimension, type DimensionScore } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { AnswerList, AnswerStrip } from './answer-list.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'

/** One dimension: score, level and what it means, the target gap, and the answers behind it. */
export function DimensionCard({
  model,
  dimension,
  score,
}: {
  model: ReportModel
  dimension: Dimension
  score: DimensionScore
}) {
  const t = useT(reportMessages).dimensions
  const format = useFormat()
  const targetId = model.response.targets?.[dimension.id]
  const targetLevel = model.questionnaire.maturityLevels.find((l) => l.id === targetId)
  const questions = model.questionnaire.questions.filter((q) => q.dimension === dimension.id)
  const headingId = `dimension-${dimension.id}`
  // From the figures shown, as a reader checks it.
  const gap = shownChange(score.score ?? 0, score.target)!
  return (
    <section className={`report-dimension report-layer-${dimension.layer}`} aria-labelledby={headingId}>
      <header className="report-dimension-header">
        <div>
          <h3 id={headingId}>{model.text(dimension.title)}</h3>
          <p className="muted">{model.text(dimension.description)}</p>
        </div>
        <p className="report-dimension-score">
          {score.score === null ? (
            <span className="muted">{t.notScored}</span>
          ) : (
            <>
              <span className="report-big-number">{format.score(score.score)}</span>
              <span className="muted"> {t.score}</span>
            </>
          )}
        </p>
      </header>
      {score.score !== null && (
        <div className="report-scale" aria-hidden="true">
          <span className="report-scale-fill" style={{ width: `${score.score}%` }} />
          {targetLevel && <span className="report-scale-target" style={{ left: `${targetLevel.min}%` }} />}
        </div>
      )}
      {score.level && (
        <p className="report-dimension-level">
          <span className="report-level-chip">{model.text(score.level.name)}</span>
        </p>
      )}
      <p className="report-dimension-meta">
        {t.answered(score.answered, score.total)}
        {score.unknown > 0 && <> · {t.unknown(score.unknown)}</>}
        {targetLevel && (
          <>
            {' · '}
            {t.target(model.text(targetLevel.name))}
            {' · '}
            {gap <= 0 ? t.reached : t.gap(format.score(gap))}
          </>
        )}
      </p>
      <AnswerStrip model={model} questions={questions} />
      <details className="report-details report-answers-details">
        <summary>{t.showAnswers(questions.length)}</summary>
        <h4 className="visually-hidden">{t.answersHeading}</h4>
        <AnswerList model={model} questions={questions} />
      </details>
    </section>
  )
}
