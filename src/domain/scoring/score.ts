import type { Dimension, Question, Questionnaire } from '../questionnaire/schema.ts'
import type { Answers, Targets } from '../response/schema.ts'
import { buildActionPlan } from './action-plan.ts'
import { countAnswer } from './count.ts'
import { collectFindings } from './findings.ts'
import { levelForScore, targetScore } from './levels.ts'
import type { DimensionScore, ScoreReport } from './types.ts'

const MAX_LEVEL = 4

interface Prepared {
  dimensionIndex: Map<string, number>
  questionsByDimension: Question[][]
  businessModelIndex: number
}

const prepared = new WeakMap<Questionnaire, Prepared>()

// Scoring runs thousands of times per questionnaire (workshops, benchmarks): index it once.
function prepare(questionnaire: Questionnaire): Prepared {
  const cached = prepared.get(questionnaire)
  if (cached) return cached
  const dimensionIndex = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]))
  const questionsByDimension: Question[][] = questionnaire.dimensions.map(() => [])
  for (const question of questionnaire.questions)
    questionsByDimension[dimensionIndex.get(question.dimension)!]!.push(question)
  const result = {
    dimensionIndex,
    questionsByDimension,
    businessModelIndex: dimensionIndex.get(questionnaire.scoring.businessModelDimension)!,
  }
  prepared.set(questionnaire, result)
  return result
}

function scoreDimension(
  questionnaire: Questionnaire,
  dimension: Dimension,
  questions: readonly Question[],
  answers: Answers,
  notNeededCounts: boolean,
  targets: Targets | undefined,
): DimensionScore {
  let weighted = 0
  let weights = 0
  let answered = 0
  let unknown = 0
  for (const question of questions) {
    const counted = countAnswer(question, answers, notNeededCounts)
    if (counted.kind === 'unanswered') continue
    answered += 1
    if (counted.kind === 'excluded') continue
    if (counted.unknown) unknown += 1
    weighted += question.weight * counted.level
    weights += question.weight
  }
  const score = weights > 0 ? (weighted / weights / MAX_LEVEL) * 100 : null
  return {
    dimensionId: dimension.id,
    layer: dimension.layer,
    score,
    level: score === null ? null : levelForScore(questionnaire.maturityLevels, score),
    answered,
    total: questions.length,
    unknown,
    target: targetScore(questionnaire, targets?.[dimension.id]),
  }
}

function weightedMean(questionnaire: Questionnaire, scores: readonly DimensionScore[], layer: string): number | null {
  let sum = 0
  let weights = 0
  scores.forEach((s, i) => {
    if (s.layer !== layer || s.score === null) return
    const weight = questionnaire.dimensions[i]!.weight
    sum += weight * s.score
    weights += weight
  })
  return weights > 0 ? sum / weights : null
}

/**
 * Scores one set of answers against a questionnaire.
 *
 * - dimension score: weighted mean of the levels (as 0–100) of the questions that count;
 * - F and T: weighted means of the foundation and the tools dimensions;
 * - overall = (wF·F + wT·min(T, F + slack)) / (wF + wT): technology counts only as far as the
 *   foundation carries it; an unassessed foundation carries nothing (F counts as 0 for the cap);
 * - relevance rule: "not needed" leaves a tools question out only once the business-model score
 *   reaches `relevanceThreshold`; before that it counts as "don't know".
 */
export function scoreAnswers(questionnaire: Questionnaire, answers: Answers, targets?: Targets): ScoreReport {
  const { questionsByDimension, businessModelIndex } = prepare(questionnaire)
  const { scoring } = questionnaire
  const businessModel = scoreDimension(
    questionnaire,
    questionnaire.dimensions[businessModelIndex]!,
    questionsByDimension[businessModelIndex]!,
    answers,
    false,
    targets,
  )
  const notNeededCounts = businessModel.score !== null && businessModel.score >= scoring.relevanceThreshold
  const dimensions = questionnaire.dimensions.map((dimension, i) =>
    i === businessModelIndex
      ? businessModel
      : scoreDimension(questionnaire, dimension, questionsByDimension[i]!, answers, notNeededCounts, targets),
  )
  const foundationIndex = weightedMean(questionnaire, dimensions, 'foundation')
  const toolIndex = weightedMean(questionnaire, dimensions, 'tools')
  const toolIndexCounted = toolIndex === null ? null : Math.min(toolIndex, (foundationIndex ?? 0) + scoring.toolSlack)
  let overall: number | null = null
  if (toolIndexCounted !== null)
    overall =
      (scoring.foundationWeight * (foundationIndex ?? 0) + scoring.toolsWeight * toolIndexCounted) /
      (scoring.foundationWeight + scoring.toolsWeight)
  else if (foundationIndex !== null) overall = foundationIndex

  const total = questionnaire.questions.length
  const missing = questionnaire.questions.filter((q) => countAnswer(q, answers, true).kind === 'unanswered').map((q) => q.id)
  const answered = total - missing.length
  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    dimensions,
    foundationIndex,
    toolIndex,
    toolIndexCounted,
    overall,
    overallLevel: overall === null ? null : levelForScore(questionnaire.maturityLevels, overall),
    findings: collectFindings(questionnaire, answers, dimensions, foundationIndex, toolIndex, notNeededCounts),
    actionPlan: buildActionPlan(questionnaire, answers, dimensions, notNeededCounts),
    completeness: { answered, total, ratio: total > 0 ? answered / total : 0, partial: missing.length > 0, missing },
  }
}
