import { useId } from 'react'
import type { ActionStep, Question } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useReportEdits } from './report-edits.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'
import { TermList } from './term-list.tsx'
import { Section } from '../../ui/section.tsx'

/** Who would typically take the step: the question's own suggestion, else its area's. */
function suggestedOwner(model: ReportModel, question: Question): string | null {
  const owner = question.stepOwner ?? model.dimensions.find((d) => d.id === question.dimension)?.stepOwner
  return owner ? model.text(owner) : null
}

function TopStep({ model, step, question }: { model: ReportModel; step: ActionStep; question: Question }) {
  const t = useT(reportMessages).plan
  const id = useId()
  const { setPlanEntry } = useReportEdits()
  const entry = model.response.plan?.[question.id] ?? {}
  const suggested = suggestedOwner(model, question)
  const next = question.levels[Math.min(step.from + 1, 4)]!
  return (
    <li className={`report-step report-layer-${step.layer}${step.risk ? ' report-step-risk' : ''}`}>
      <p className="report-step-dimension">
        {model.dimensionTitle(step.dimensionId)}
        {step.risk && <span className="report-step-badge"> · {t.risk}</span>}
      </p>
      <h3 className="report-step-title">{model.text(question.title)}</h3>
      <p className="report-step-action">{model.text(question.recommendations[step.from]!)}</p>
      <TermList
        className="report-step-details"
        terms={[
          [t.today, step.unknown ? t.unknownToday : model.text(question.levels[step.from]!)],
          [t.next, model.text(next)],
          [t.why, model.text(question.why)],
        ]}
      />
      <div className="report-step-commit">
        <div className="report-field">
          <label htmlFor={`${id}-owner`}>{t.owner}</label>
          <input
            id={`${id}-owner`}
            type="text"
            maxLength={200}
            value={entry.owner ?? ''}
            placeholder={suggested ?? undefined}
            aria-describedby={suggested ? `${id}-owner-hint` : undefined}
            onChange={(event) => setPlanEntry(question.id, { ...entry, owner: event.target.value })}
          />
          {suggested && (
            <span id={`${id}-owner-hint`} className="field-hint">
              {t.ownerHint(suggested)}
            </span>
          )}
        </div>
        <div className="report-field">
          <label htmlFor={`${id}-due`}>{t.due}</label>
          <input
            id={`${id}-due`}
            type="date"
            value={entry.due ?? ''}
            onChange={(event) => setPlanEntry(question.id, { ...entry, due: event.target.value })}
          />
        </div>
      </div>
    </li>
  )
}

export function ActionPlanSection({ model }: { model: ReportModel }) {
  const t = useT(reportMessages).plan
  const questions = new Map(model.questionnaire.questions.map((q) => [q.id, q]))
  const steps = model.report.actionPlan
  const top = steps.slice(0, model.questionnaire.scoring.actionPlanSize)
  const byDimension = model.dimensions
    .map((dimension) => ({ dimension, steps: steps.filter((s) => s.dimensionId === dimension.id) }))
    .filter((group) => group.steps.length > 0)
  return (
    <Section id="report-plan" heading={t.heading} className="report-section report-plan">
      <p className="report-lead">{t.intro}</p>
      {top.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="report-steps">
          {top.map((step) => (
            <TopStep key={step.questionId} model={model} step={step} question={questions.get(step.questionId)!} />
          ))}
        </ol>
      )}
      <section className="report-all-steps" aria-labelledby="report-all-steps">
        <h3 id="report-all-steps">{t.allHeading}</h3>
        {byDimension.length === 0 && <p>{t.allNone}</p>}
        {byDimension.map(({ dimension, steps: group }) => (
          <details key={dimension.id} className="report-details report-step-group">
            <summary>
              {model.text(dimension.title)} ({group.length})
            </summary>
            <ul>
              {group.map((step) => {
                const question = questions.get(step.questionId)!
                return (
                  <li key={step.questionId}>
                    <strong>{model.text(question.title)}:</strong> {model.text(question.recommendations[step.from]!)}
                  </li>
                )
              })}
            </ul>
          </details>
        ))}
      </section>
    </Section>
  )
}
