import { useSearchParams } from 'react-router'
import type { Questionnaire } from '../../../domain/index.ts'
import { readPlan, sessionSteps } from './session-plan.ts'

/** Where the session stands, from the address: the question, the plan, the view. */
export function useLiveAddress(questionnaire: Questionnaire) {
  const [params, setParams] = useSearchParams()
  const total = questionnaire.questions.length
  const plan = readPlan(params)
  const steps = sessionSteps(questionnaire, plan.only)
  const requested = params.get('q')
  const index = requested === null ? steps[0]! : Math.min(Math.max(Number(requested) || 1, 1), total) - 1
  const update = (change: (next: URLSearchParams) => URLSearchParams) =>
    setParams((current) => change(new URLSearchParams(current)), { replace: true })
  return {
    plan,
    steps,
    index,
    // An undo may show a question outside the session's plan: the neighbours are still the plan's.
    nextIndex: steps.find((i) => i > index),
    previousIndex: [...steps].reverse().find((i) => i < index),
    onProjector: params.get('view') === 'projector',
    update,
    go: (to: number | undefined) => {
      if (to === undefined || to < 0 || to >= total) return
      update((next) => {
        next.set('q', String(to + 1))
        return next
      })
    },
  }
}
