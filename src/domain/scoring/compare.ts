import type { Questionnaire } from '../questionnaire/schema.ts'
import type { AssessmentResponse, Choice } from '../response/schema.ts'
import { choiceOf } from '../response/choices.ts'
import { roundScore } from './levels.ts'
import { scoreResponse } from './score.ts'
import type { ScoreReport } from './types.ts'
import { sameQuestionnaire } from '../questionnaire/reference.ts'

/**
 * The change between two scores as a reader checks it: the difference of the figures shown (each
 * rounded to one decimal), so 19.64 → 22.76, shown as 19,6 → 22,8, moves by +3.2 and not by 3.1.
 * Null when either score is missing.
 */
export function shownChange(before: number | null, after: number | null): number | null {
  if (before === null || after === null) return null
  // Rounded once more: 22.8 − 19.6 is 3.1999… in floating point.
  return roundScore(roundScore(after) - roundScore(before))
}

/** A score then and now, and how far it moved (see `shownChange`). */
export interface ScoreMove {
  before: number | null
  after: number | null
  change: number | null
}

export interface DimensionMove extends ScoreMove {
  dimensionId: string
}

/** A question answered differently: the choice before and after (undefined: not answered). */
export interface QuestionMove {
  questionId: string
  dimensionId: string
  before: Choice | undefined
  after: Choice | undefined
}

export interface ResponseComparison {
  /** Both answer the same questionnaire id and version: only then are questions compared one by one. */
  sameVersion: boolean
  /** The later questionnaire's dimensions in its order, then any only the earlier one has. */
  dimensions: DimensionMove[]
  foundation: ScoreMove
  tools: ScoreMove
  overall: ScoreMove
  /** The questions whose choice changed, in questionnaire order; empty across versions. */
  questions: QuestionMove[]
}

/** One assessment to compare: its answers with the questionnaire version they were given on. */
export interface Compared {
  questionnaire: Questionnaire
  response: Pick<AssessmentResponse, 'answers' | 'targets' | 'adoption' | 'consideringTool'>
}

function move(before: number | null, after: number | null): ScoreMove {
  return { before, after, change: shownChange(before, after) }
}

/**
 * What moved between two score reports, dimension by dimension (matched by id, so two versions of
 * a questionnaire compare by area) and in the foundation, tools and overall figures.
 */
export function compareReports(
  before: ScoreReport,
  after: ScoreReport,
  order: readonly string[] = after.dimensions.map((d) => d.dimensionId),
): Omit<ResponseComparison, 'sameVersion' | 'questions'> {
  const scoreOf = (report: ScoreReport, id: string) =>
    report.dimensions.find((d) => d.dimensionId === id)?.score ?? null
  const ids = [...new Set([...order, ...before.dimensions.map((d) => d.dimensionId)])]
  return {
    dimensions: ids.map((dimensionId) => ({
      dimensionId,
      ...move(scoreOf(before, dimensionId), scoreOf(after, dimensionId)),
    })),
    foundation: move(before.foundationIndex, after.foundationIndex),
    tools: move(before.toolIndex, after.toolIndex),
    overall: move(before.overall, after.overall),
  }
}

/**
 * Compares two assessments, each scored on its own questionnaire version: the scores per dimension
 * always, and, when both answer the same version, every question whose answer changed.
 */
export function compareResponses(before: Compared, after: Compared): ResponseComparison {
  const sameVersion = sameQuestionnaire(before.questionnaire, after.questionnaire)
  const order = [...after.questionnaire.dimensions].sort((a, b) => a.order - b.order).map((d) => d.id)
  const scores = compareReports(
    scoreResponse(before.questionnaire, before.response),
    scoreResponse(after.questionnaire, after.response),
    order,
  )
  const questions: QuestionMove[] = []
  if (sameVersion)
    for (const question of after.questionnaire.questions) {
      const was = choiceOf(before.response.answers, question.id)
      const is = choiceOf(after.response.answers, question.id)
      if (was !== is)
        questions.push({ questionId: question.id, dimensionId: question.dimension, before: was, after: is })
    }
  return { sameVersion, ...scores, questions }
}
