import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import { roundScore } from './levels.ts'
import type { Finding, ScoreReport } from './types.ts'

const rounded = (score: number | null) => (score === null ? null : roundScore(score))
/** A share 0–1 as the app shows it: whole percent. */
const roundShare = (share: number) => Math.round(share * 100) / 100

function roundFinding(finding: Finding): Finding {
  switch (finding.kind) {
    case 'weakBusinessModel':
      return { ...finding, score: roundScore(finding.score) }
    case 'adoptionAheadOfFoundation':
      return {
        ...finding,
        adoptionIndex: roundScore(finding.adoptionIndex),
        businessModelScore: roundScore(finding.businessModelScore),
        useRate: roundShare(finding.useRate),
      }
    case 'foundationCarriesTools':
      return {
        ...finding,
        foundationIndex: roundScore(finding.foundationIndex),
        businessModelScore: roundScore(finding.businessModelScore),
        adoptionIndex: roundScore(finding.adoptionIndex),
      }
    case 'laggingArea':
      return { ...finding, score: roundScore(finding.score), othersMean: roundScore(finding.othersMean) }
    case 'notNeededNotCounted':
      return { ...finding, businessModelScore: rounded(finding.businessModelScore) }
    case 'manyUnknowns':
    case 'boughtBarelyUsed':
    case 'risksThatDoNotWait':
      return finding
  }
}

/**
 * The report as plain JSON, scores rounded as the app shows them: what `groundwork score`
 * prints and what the app's numbers are checked against.
 */
export function summarizeReport(questionnaire: Questionnaire, report: ScoreReport, locale: Locale = 'de') {
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  return {
    questionnaire: { id: report.questionnaireId, version: report.questionnaireVersion },
    overall: { score: rounded(report.overall), level: report.overallLevel?.id ?? null },
    verdict: report.verdict,
    purchase: report.purchase,
    businessModelScore: rounded(report.businessModelScore),
    foundationIndex: rounded(report.foundationIndex),
    toolIndex: rounded(report.toolIndex),
    toolIndexCounted: rounded(report.toolIndexCounted),
    quadrant: report.quadrant,
    adoption: report.adoption && {
      index: rounded(report.adoption.index),
      useRate: report.adoption.useRate === null ? null : roundShare(report.adoption.useRate),
      introduced: report.adoption.introduced,
      barelyUsed: report.adoption.barelyUsed,
      notNeeded: report.adoption.notNeeded,
      unknown: report.adoption.unknown,
      answered: report.adoption.answered,
      total: report.adoption.total,
    },
    dimensions: report.dimensions.map((d) => ({
      id: d.dimensionId,
      layer: d.layer,
      score: rounded(d.score),
      level: d.level?.id ?? null,
      answered: d.answered,
      total: d.total,
      unknown: d.unknown,
    })),
    findings: report.findings.map(roundFinding),
    actionPlan: report.actionPlan.slice(0, questionnaire.scoring.actionPlanSize).map((step) => ({
      question: step.questionId,
      dimension: step.dimensionId,
      level: roundScore(step.level),
      unknown: step.unknown,
      gap: roundScore(step.gap),
      step: questions.get(step.questionId)!.recommendations[step.from]![locale],
    })),
    completeness: {
      answered: report.completeness.answered,
      total: report.completeness.total,
      partial: report.completeness.partial,
      missing: report.completeness.missing,
    },
  }
}
export type ReportSummary = ReturnType<typeof summarizeReport>
