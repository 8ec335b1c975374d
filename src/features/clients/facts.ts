import {
  choiceOf,
  scoreResponse,
  type AssessmentRecord,
  type LocalizedText,
  type Questionnaire,
} from '../../domain/index.ts'

/** What the timeline says about one assessment. */
export interface AssessmentFacts {
  /** The questionnaire's title; null while it loads or when this browser does not have it. */
  title: LocalizedText | null
  answered: number
  /** Questions in its questionnaire version; null when unknown. */
  total: number | null
  overall: number | null
  level: LocalizedText | null
  questionnaire: 'loading' | 'available' | 'unavailable'
}

/**
 * Scores an assessment on its own questionnaire version (undefined: still loading; null: not in this
 * browser, then only the answers are counted). Nothing scored is stored.
 */
export function assessmentFacts(
  record: AssessmentRecord,
  questionnaire: Questionnaire | null | undefined,
): AssessmentFacts {
  const { answers } = record.response
  if (!questionnaire) {
    const answered = Object.keys(answers).filter((id) => choiceOf(answers, id) !== undefined).length
    return {
      title: null,
      answered,
      total: null,
      overall: null,
      level: null,
      questionnaire: questionnaire === null ? 'unavailable' : 'loading',
    }
  }
  const report = scoreResponse(questionnaire, record.response)
  return {
    title: questionnaire.title,
    answered: report.completeness.answered,
    total: report.completeness.total,
    overall: report.overall,
    level: report.overallLevel?.name ?? null,
    questionnaire: 'available',
  }
}
