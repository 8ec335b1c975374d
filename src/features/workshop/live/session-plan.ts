import type { Questionnaire } from '../../../domain/index.ts'

/**
 * A session's plan lives in the live page's address (`only`, `min`): it survives a reload, and a
 * second window opened on the same address (the projector) steps through the same questions.
 */
export interface SessionPlan {
  /** Dimension and question ids chosen for the session; empty: the whole questionnaire. */
  only: readonly string[]
  /** Minutes per topic on the timer; 0: no timer. */
  minutes: number
}

export const MAX_MINUTES = 120

export function readPlan(params: URLSearchParams): SessionPlan {
  const only = (params.get('only') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id.length > 0)
  const minutes = Math.round(Number(params.get('min') ?? '0'))
  return { only, minutes: Number.isFinite(minutes) ? Math.min(Math.max(minutes, 0), MAX_MINUTES) : 0 }
}

/** Writes the plan into the address, keeping its other parameters (the question, the view). */
export function writePlan(params: URLSearchParams, plan: SessionPlan): URLSearchParams {
  const next = new URLSearchParams(params)
  if (plan.only.length > 0) next.set('only', plan.only.join(','))
  else next.delete('only')
  if (plan.minutes > 0) next.set('min', String(plan.minutes))
  else next.delete('min')
  return next
}

/**
 * The positions (in the questionnaire) of the questions the session steps through, in questionnaire
 * order: those chosen by their own id or their dimension's. Ids the questionnaire does not know are
 * ignored; when nothing known is chosen, every question.
 */
export function sessionSteps(questionnaire: Questionnaire, only: readonly string[]): number[] {
  const chosen = new Set(only)
  const all = questionnaire.questions.map((_, i) => i)
  const steps = all.filter((i) => {
    const q = questionnaire.questions[i]!
    return chosen.has(q.id) || chosen.has(q.dimension)
  })
  return steps.length > 0 ? steps : all
}

/** Adds or removes ids from the chosen set; a dimension's own id stands for all its questions. */
export function toggleIds(
  questionnaire: Questionnaire,
  only: readonly string[],
  ids: readonly string[],
  on: boolean,
): string[] {
  // Expand chosen dimensions into their questions so that one question can be taken out of one.
  const expanded = new Set(
    questionnaire.questions.filter((q) => only.includes(q.id) || only.includes(q.dimension)).map((q) => q.id),
  )
  for (const id of ids) {
    if (on) expanded.add(id)
    else expanded.delete(id)
  }
  // Write whole dimensions back as the dimension's id: a shorter address.
  const result: string[] = []
  for (const d of questionnaire.dimensions) {
    const questions = questionnaire.questions.filter((q) => q.dimension === d.id)
    if (questions.length > 0 && questions.every((q) => expanded.has(q.id))) result.push(d.id)
    else result.push(...questions.filter((q) => expanded.has(q.id)).map((q) => q.id))
  }
  // Everything chosen is the same as nothing chosen: the whole questionnaire.
  return result.length === questionnaire.dimensions.length &&
    result.every((id, i) => id === questionnaire.dimensions[i]!.id)
    ? []
    : result
}
