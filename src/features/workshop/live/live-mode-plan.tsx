import { useId } from 'react'
import { localize, type Questionnaire } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { liveMessages } from './live-messages.ts'
import { MAX_MINUTES, sessionSteps, toggleIds, type SessionPlan } from './session-plan.ts'

/** Chooses the dimensions and questions a session steps through, and the minutes per question. */
export function SessionPlanner({
  questionnaire,
  plan,
  onChange,
}: {
  questionnaire: Questionnaire
  plan: SessionPlan
  onChange: (plan: SessionPlan) => void
}) {
  const t = useT(liveMessages)
  const locale = useLocale()
  const id = useId()
  const steps = sessionSteps(questionnaire, plan.only)
  const chosen = (questionId: string, dimensionId: string) =>
    plan.only.includes(questionId) || plan.only.includes(dimensionId)
  const set = (ids: string[], on: boolean) => onChange({ ...plan, only: toggleIds(questionnaire, plan.only, ids, on) })
  return (
    <details className="live-plan">
      <summary>
        {t.plan} · {t.planCount(steps.length, questionnaire.questions.length)}
      </summary>
      <p className="live-help">{t.planLead}</p>
      <p>
        <label htmlFor={`${id}-minutes`}>{t.minutes}</label>{' '}
        <input
          id={`${id}-minutes`}
          type="number"
          min={0}
          max={MAX_MINUTES}
          step={1}
          value={plan.minutes}
          onChange={(e) => {
            const minutes = Math.round(Number(e.currentTarget.value))
            onChange({ ...plan, minutes: Number.isFinite(minutes) ? Math.min(Math.max(minutes, 0), MAX_MINUTES) : 0 })
          }}
        />
      </p>
      {questionnaire.dimensions.map((dimension) => {
        const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id)
        const on = questions.filter((q) => chosen(q.id, dimension.id)).length
        return (
          <fieldset key={dimension.id} className="live-plan-dimension">
            <legend>
              <label>
                <input
                  type="checkbox"
                  checked={questions.length > 0 && on === questions.length}
                  ref={(el) => {
                    if (el) el.indeterminate = on > 0 && on < questions.length
                  }}
                  onChange={(e) =>
                    set(
                      questions.map((q) => q.id),
                      e.currentTarget.checked,
                    )
                  }
                />{' '}
                {localize(dimension.title, locale)}
              </label>
            </legend>
            {questions.map((q) => (
              <label key={q.id} className="live-plan-question">
                <input
                  type="checkbox"
                  checked={chosen(q.id, dimension.id)}
                  onChange={(e) => set([q.id], e.currentTarget.checked)}
                />{' '}
                {localize(q.title, locale)}
              </label>
            ))}
          </fieldset>
        )
      })}
    </details>
  )
}
