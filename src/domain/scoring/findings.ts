import type { Questionnaire } from '../questionnaire/schema.ts'
import type { CountedAnswers } from './score.ts'
import type { DimensionScore, Finding } from './types.ts'

/** Findings in the order the report tells them: business model first, then tools, unknowns, relevance. */
export function collectFindings(
  questionnaire: Questionnaire,
  { choices, notNeededCounts }: CountedAnswers,
  dimensions: readonly DimensionScore[],
  foundationIndex: number | null,
  toolIndex: number | null,
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
  if (foundationIndex !== null && toolIndex !== null && toolIndex - foundationIndex > scoring.toolsAheadThreshold)
    findings.push({
      kind: 'toolsAheadOfFoundation',
      foundationIndex,
      toolIndex,
      gap: toolIndex - foundationIndex,
      threshold: scoring.toolsAheadThreshold,
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
