import type { Questionnaire } from '../questionnaire/schema.ts'
import { problemAt, type Result } from '../validation.ts'
import { RESPONSE_FORMAT_VERSION } from './format.ts'
import type { Answers, AssessmentResponse, Targets } from './schema.ts'

/** What moving a response to a newer questionnaire version kept, left behind and added. */
export interface CarryOverSummary {
  fromVersion: string
  toVersion: string
  /** New question ids whose answers came from the earlier version. */
  carried: string[]
  /** Earlier question ids whose answers did not carry over (the question went or changed its meaning). */
  dropped: string[]
  /** Questions new in this version: no earlier question continues in them. */
  added: string[]
}

export interface CarriedResponse {
  response: AssessmentResponse
  summary: CarryOverSummary
}

/**
 * Moves a response answered on an earlier version of a questionnaire to this version: the answers
 * of every question the questionnaire says kept its meaning come along (with their notes); the rest
 * are listed, never silently lost. A choice the new question no longer offers is left out. The
 * earlier response itself is untouched: keep it to show its report.
 */
export function carryOverResponse(
  response: AssessmentResponse,
  questionnaire: Questionnaire,
  now: Date,
): Result<CarriedResponse> {
  const from = response.questionnaire
  if (from.id !== questionnaire.id)
    return {
      ok: false,
      problems: [
        problemAt('questionnaire.id', { code: 'other_questionnaire', id: from.id, expectedId: questionnaire.id }),
      ],
    }
  const entry = (questionnaire.carryOver ?? []).find((e) => e.fromVersion === from.version)
  if (!entry)
    return {
      ok: false,
      problems: [
        problemAt('questionnaire.version', {
          code: 'no_carry_over',
          version: from.version,
          id: questionnaire.id,
          targetVersion: questionnaire.version,
        }),
      ],
    }
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  /** The question of this version an earlier question continues in, if any. */
  const continuation = (oldId: string) => {
    const newId = Object.hasOwn(entry.questions, oldId) ? entry.questions[oldId] : undefined
    const question = newId === undefined ? undefined : questions.get(newId)
    return question ? { newId: question.id, question } : undefined
  }
  const answers: Answers = {}
  const dropped: string[] = []
  for (const [oldId, answer] of Object.entries(response.answers)) {
    const next = continuation(oldId)
    if (!next || Object.hasOwn(answers, next.newId)) {
      if (answer.choice !== undefined || answer.note) dropped.push(oldId)
      continue
    }
    const { newId, question } = next
    const { choice, note } = answer
    const offered = choice === undefined || typeof choice === 'number' || question.options[choice]
    if (!offered && !note) {
      dropped.push(oldId)
      continue
    }
    answers[newId] = { ...(offered && choice !== undefined ? { choice } : {}), ...(note ? { note } : {}) }
  }
  const levelIds = new Set(questionnaire.maturityLevels.map((l) => l.id))
  const dimensionIds = new Set(questionnaire.dimensions.map((d) => d.id))
  const targets: Targets = Object.fromEntries(
    Object.entries(response.targets ?? {}).filter(([d, level]) => dimensionIds.has(d) && levelIds.has(level)),
  )
  const itemIds = new Set(questionnaire.adoption?.items.map((i) => i.id) ?? [])
  const adoption = Object.fromEntries(Object.entries(response.adoption ?? {}).filter(([id]) => itemIds.has(id)))
  const plan = Object.fromEntries(
    Object.entries(response.plan ?? {}).flatMap(([oldId, step]) => {
      const next = continuation(oldId)
      return next ? [[next.newId, step]] : []
    }),
  )
  const moved: AssessmentResponse = {
    ...response,
    formatVersion: RESPONSE_FORMAT_VERSION,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers,
    updatedAt: now.toISOString(),
  }
  if (Object.keys(targets).length > 0) moved.targets = targets
  else delete moved.targets
  if (Object.keys(adoption).length > 0) moved.adoption = adoption
  else delete moved.adoption
  if (Object.keys(plan).length > 0) moved.plan = plan
  else delete moved.plan
  if (moved.consideringTool !== undefined && !itemIds.has(moved.consideringTool)) delete moved.consideringTool
  const carried = questionnaire.questions.filter((q) => Object.hasOwn(answers, q.id)).map((q) => q.id)
  const continued = new Set(Object.values(entry.questions))
  return {
    ok: true,
    value: {
      response: moved,
      summary: {
        fromVersion: from.version,
        toVersion: questionnaire.version,
        carried,
        dropped,
        added: questionnaire.questions.filter((q) => !continued.has(q.id)).map((q) => q.id),
      },
    },
  }
}

/** Whether a response answers a different version of this questionnaire that it can move to. */
export function canCarryOver(response: AssessmentResponse, questionnaire: Questionnaire): boolean {
  return (
    response.questionnaire.id === questionnaire.id &&
    response.questionnaire.version !== questionnaire.version &&
    (questionnaire.carryOver ?? []).some((entry) => entry.fromVersion === response.questionnaire.version)
  )
}
