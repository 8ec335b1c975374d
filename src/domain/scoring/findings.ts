import type { Questionnaire } from '../questionnaire/schema.ts'
import { RISK_BELOW_LEVEL } from './levels.ts'
import type { AdoptionSummary, CountedAnswers, DimensionScore, Finding, PreparedQuestionnaire } from './types.ts'

/**
 * Findings in the order the report tells them: business model first, then what was bought
 * against that understanding, unknowns, relevance.
 *
 * "Adoption ahead of foundation" (the CRM story) compares what was bought with the understanding of
 * the business model, not with the foundation average: a company whose only weakness is one other
 * dimension never gets it. And it needs the tools to be carried by nobody: a company that bought much
 * and uses it has, in practice, made the tools its own.
 */
export function collectFindings(
  questionnaire: Questionnaire,
  { riskIndices }: PreparedQuestionnaire,
  { choices, counted, notNeededCounts }: CountedAnswers,
  dimensions: readonly DimensionScore[],
  foundationIndex: number | null,
  adoption: AdoptionSummary | null,
): Finding[] {
  const { scoring } = questionnaire
  const findings: Finding[] = []
  const businessModel = dimensions.find((d) => d.dimensionId === scoring.businessModelDimension)
  if (businessModel?.score != null && businessModel.score < scoring.weakBusinessModelBelow)
    findings.push({
      kind: 'weakBusinessModel',
      dimensionId: businessModel.dimensionId,
      score: businessModel.score,
      threshold: scoring.weakBusinessModelBelow,
    })
  const risks: string[] = []
  for (const i of riskIndices) {
    const c = counted[i]!
    if (c.kind === 'level' && c.level < RISK_BELOW_LEVEL) risks.push(questionnaire.questions[i]!.id)
  }
  if (risks.length > 0) findings.push({ kind: 'risksThatDoNotWait', questionIds: risks })
  // The weakest foundation area besides the business model, against the mean of the other areas.
  let weakest: DimensionScore | null = null
  let sum = 0
  let areas = 0
  for (const d of dimensions) {
    if (d.layer !== 'foundation' || d.score === null) continue
    sum += d.score
    areas += 1
    if (d.dimensionId !== scoring.businessModelDimension && (weakest === null || d.score < weakest.score!)) weakest = d
  }
  if (weakest && areas >= 3) {
    const othersMean = (sum - weakest.score!) / (areas - 1)
    if (othersMean - weakest.score! >= scoring.laggingAreaGap)
      findings.push({ kind: 'laggingArea', dimensionId: weakest.dimensionId, score: weakest.score!, othersMean })
  }
  const businessModelScore = businessModel?.score ?? null
  if (adoption?.index != null && businessModelScore !== null) {
    const useRate = adoption.useRate ?? 0
    if (adoption.index - businessModelScore > scoring.adoptionAheadMargin && useRate < scoring.wellUsedShare)
      findings.push({
        kind: 'adoptionAheadOfFoundation',
        adoptionIndex: adoption.index,
        businessModelScore,
        useRate,
        margin: scoring.adoptionAheadMargin,
      })
  }
  if (adoption && adoption.barelyUsed.length > 0)
    findings.push({ kind: 'boughtBarelyUsed', itemIds: adoption.barelyUsed, introduced: adoption.introduced.length })
  if (
    adoption?.index != null &&
    foundationIndex !== null &&
    businessModelScore !== null &&
    foundationIndex >= scoring.foundationCarriesFrom &&
    businessModelScore >= scoring.foundationCarriesFrom &&
    adoption.index < scoring.adoptionLagsBelow
  )
    findings.push({
      kind: 'foundationCarriesTools',
      foundationIndex,
      businessModelScore,
      adoptionIndex: adoption.index,
      candidateItemIds: adoption.notIntroduced,
    })
  for (const dimension of dimensions) {
    if (dimension.unknown > 0 && dimension.unknown >= scoring.manyUnknownsShare * dimension.answered)
      findings.push({
        kind: 'manyUnknowns',
        dimensionId: dimension.dimensionId,
        unknown: dimension.unknown,
        answered: dimension.answered,
      })
  }
  if (!notNeededCounts) {
    const questionIds = questionnaire.questions
      .filter((q, i) => q.options.notNeeded && choices[i] === 'notNeeded')
      .map((q) => q.id)
    if (questionIds.length > 0)
      findings.push({
        kind: 'notNeededNotCounted',
        questionIds,
        businessModelScore: businessModel?.score ?? null,
        threshold: scoring.relevanceThreshold,
      })
  }
  return findings
}
