import type { Questionnaire } from '../questionnaire/schema.ts'
import type { AdoptionAnswers, Answers, AssessmentResponse, Choice, Targets } from '../response/schema.ts'
import { buildActionPlan } from './action-plan.ts'
import { adoptionChoices, summarizeAdoption } from './adoption.ts'
import { quadrantOf } from './map.ts'
import { checkPurchase } from './purchase.ts'
import { choiceOf } from '../response/choices.ts'
import { countChoice, type Counted } from './count.ts'
import { collectFindings } from './findings.ts'
import { levelForScore, targetScore } from './levels.ts'
import type { CountedAnswers, DimensionScore, Finding, PreparedQuestionnaire, ScoreReport, Verdict } from './types.ts'

const MAX_LEVEL = 4

const cache = new WeakMap<Questionnaire, PreparedQuestionnaire>()

/** The questionnaire indexed for scoring; cached per questionnaire object. */
export function prepare(questionnaire: Questionnaire): PreparedQuestionnaire {
  let prepared = cache.get(questionnaire)
  if (!prepared) {
    const index = new Map(questionnaire.dimensions.map((d, i) => [d.id, i]))
    const dimensionOf = questionnaire.questions.map((q) => index.get(q.dimension)!)
    const dimensionAt = (i: number) => questionnaire.dimensions[dimensionOf[i]!]!
    const riskOrder = questionnaire.questions.map((q) => (q.risk ? (3 - q.risk.urgency) * 10 + q.risk.effort : -1))
    prepared = {
      dimensionOf,
      businessModelIndex: index.get(questionnaire.scoring.businessModelDimension)!,
      stepRank: questionnaire.questions.map((_, i) =>
        dimensionAt(i).layer === 'tools'
          ? 2
          : dimensionAt(i).id === questionnaire.scoring.businessModelDimension
            ? 0
            : 1,
      ),
      stepWeight: questionnaire.questions.map((q, i) => q.weight * dimensionAt(i).weight),
      riskOrder,
      riskIndices: riskOrder
        .map((order, i) => ({ order, i }))
        .filter(({ order }) => order >= 0)
        .sort((a, b) => a.order - b.order || a.i - b.i)
        .map(({ i }) => i),
    }
    cache.set(questionnaire, prepared)
  }
  return prepared
}

function scoreDimensions(
  questionnaire: Questionnaire,
  { dimensionOf }: PreparedQuestionnaire,
  counted: readonly Counted[],
  targets: Targets | undefined,
): DimensionScore[] {
  const size = questionnaire.dimensions.length
  const weighted = new Array<number>(size).fill(0)
  const weights = new Array<number>(size).fill(0)
  const answered = new Array<number>(size).fill(0)
  const unknown = new Array<number>(size).fill(0)
  const total = new Array<number>(size).fill(0)
  questionnaire.questions.forEach((question, i) => {
    const d = dimensionOf[i]!
    const c = counted[i]!
    total[d]! += 1
    if (c.kind === 'unanswered') return
    answered[d]! += 1
    if (c.kind === 'excluded') return
    if (c.unknown) unknown[d]! += 1
    weighted[d]! += question.weight * c.level
    weights[d]! += question.weight
  })
  return questionnaire.dimensions.map((dimension, d) => {
    const score = weights[d]! > 0 ? (weighted[d]! / weights[d]! / MAX_LEVEL) * 100 : null
    return {
      dimensionId: dimension.id,
      layer: dimension.layer,
      score,
      level: score === null ? null : levelForScore(questionnaire.maturityLevels, score),
      answered: answered[d]!,
      total: total[d]!,
      unknown: unknown[d]!,
      target: targetScore(questionnaire, targets?.[dimension.id], score),
      targetSet: questionnaire.maturityLevels.some((l) => l.id === targets?.[dimension.id]),
    }
  })
}

/** The business-model score decides the relevance rule; its questions never offer "not needed". */
function businessModelScore(
  questionnaire: Questionnaire,
  prepared: PreparedQuestionnaire,
  choices: readonly (Choice | undefined)[],
) {
  let weighted = 0
  let weights = 0
  questionnaire.questions.forEach((question, i) => {
    if (prepared.dimensionOf[i] !== prepared.businessModelIndex) return
    const c = countChoice(question, choices[i], false)
    if (c.kind !== 'level') return
    weighted += question.weight * c.level
    weights += question.weight
  })
  return weights > 0 ? (weighted / weights / MAX_LEVEL) * 100 : null
}

/** Reads and classifies every answer once, applying the relevance rule. */
export function countAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  adoption?: AdoptionAnswers,
): CountedAnswers {
  const prepared = prepare(questionnaire)
  const choices = questionnaire.questions.map((q) => choiceOf(answers, q.id))
  const bm = businessModelScore(questionnaire, prepared, choices)
  const notNeededCounts = bm !== null && bm >= questionnaire.scoring.relevanceThreshold
  const counted = questionnaire.questions.map((q, i) => countChoice(q, choices[i], notNeededCounts))
  return { choices, counted, notNeededCounts, adoption: adoptionChoices(questionnaire, adoption) }
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
export function scoreAnswers(
  questionnaire: Questionnaire,
  answers: Answers,
  targets?: Targets,
  adoption?: AdoptionAnswers,
): ScoreReport {
  return scoreCounts(questionnaire, countAnswers(questionnaire, answers, adoption), targets)
}

/** Scores a whole response: its answers, targets and adoption inventory. */
export function scoreResponse(
  questionnaire: Questionnaire,
  response: Pick<AssessmentResponse, 'answers' | 'targets' | 'adoption' | 'consideringTool'>,
): ScoreReport {
  const counts = countAnswers(questionnaire, response.answers, response.adoption)
  const report = scoreCounts(questionnaire, counts, response.targets)
  if (response.consideringTool === undefined) return report
  return {
    ...report,
    purchase: checkPurchase(questionnaire, counts, report.dimensions, response.consideringTool),
  }
}

/** How far (in points) the foundation must lead technology for the headline to say it does. */
export const FOUNDATION_LEAD = 10

function verdictOf(
  overall: number | null,
  findings: readonly Finding[],
  foundationIndex: number | null,
  toolIndex: number | null,
): Verdict {
  if (overall === null) return 'none'
  if (findings.some((f) => f.kind === 'adoptionAheadOfFoundation')) return 'adoptionAhead'
  if (findings.some((f) => f.kind === 'weakBusinessModel')) return 'weakBusinessModel'
  if (toolIndex === null || (foundationIndex !== null && foundationIndex - toolIndex >= FOUNDATION_LEAD))
    return 'foundationLeads'
  return 'balanced'
}

/** Scores answers already counted: one person's (`countAnswers`) or a team's combined view. */
export function scoreCounts(questionnaire: Questionnaire, counts: CountedAnswers, targets?: Targets): ScoreReport {
  const prepared = prepare(questionnaire)
  const { scoring } = questionnaire
  const dimensions = scoreDimensions(questionnaire, prepared, counts.counted, targets)
  const foundationIndex = weightedMean(questionnaire, dimensions, 'foundation')
  const toolIndex = weightedMean(questionnaire, dimensions, 'tools')
  const toolCap = toolIndex === null ? null : (foundationIndex ?? 0) + scoring.toolSlack
  const toolIndexCounted = toolIndex === null || toolCap === null ? null : Math.min(toolIndex, toolCap)
  let overall: number | null = null
  if (toolIndexCounted !== null)
    overall =
      (scoring.foundationWeight * (foundationIndex ?? 0) + scoring.toolsWeight * toolIndexCounted) /
      (scoring.foundationWeight + scoring.toolsWeight)
  else if (foundationIndex !== null) overall = foundationIndex

  const missing: string[] = []
  questionnaire.questions.forEach((q, i) => {
    if (counts.counted[i]!.kind === 'unanswered') missing.push(q.id)
  })
  const total = questionnaire.questions.length
  const answered = total - missing.length
  const adoption = summarizeAdoption(questionnaire, counts.adoption)
  const findings = collectFindings(questionnaire, prepared, counts, dimensions, foundationIndex, adoption)
  const businessModelScoreOf = dimensions[prepared.businessModelIndex]?.score ?? null
  return {
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    dimensions,
    businessModelScore: businessModelScoreOf,
    foundationIndex,
    toolIndex,
    toolIndexCounted,
    toolCap,
    overall,
    overallLevel: overall === null ? null : levelForScore(questionnaire.maturityLevels, overall),
    verdict: verdictOf(overall, findings, foundationIndex, toolIndex),
    purchase: null,
    adoption,
    quadrant: quadrantOf(businessModelScoreOf, adoption?.index ?? null, scoring),
    findings,
    actionPlan: buildActionPlan(questionnaire, prepared, counts, dimensions),
    completeness: { answered, total, ratio: total > 0 ? answered / total : 0, partial: missing.length > 0, missing },
  }
}
