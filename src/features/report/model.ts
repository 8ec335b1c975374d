import {
  localize,
  scoreResponse,
  type AssessmentResponse,
  type Dimension,
  type Locale,
  type LocalizedText,
  type Questionnaire,
  type ScoreReport,
} from '../../domain/index.ts'

/** What every part of the report reads: the questionnaire, the answers and their scores. */
export interface ReportModel {
  questionnaire: Questionnaire
  response: AssessmentResponse
  report: ScoreReport
  locale: Locale
  /** Dimensions in questionnaire order (by `order`), foundation and tools alike. */
  dimensions: Dimension[]
  text: (value: LocalizedText) => string
  dimensionTitle: (id: string) => string
}

/** An earlier, kept assessment scored against the same questionnaire. */
export interface Comparison {
  keptAt: string
  report: ScoreReport
}

export function buildModel(questionnaire: Questionnaire, response: AssessmentResponse, locale: Locale): ReportModel {
  const dimensions = [...questionnaire.dimensions].sort((a, b) => a.order - b.order)
  const titles = new Map(dimensions.map((d) => [d.id, d.title]))
  const text = (value: LocalizedText) => localize(value, locale)
  return {
    questionnaire,
    response,
    report: scoreResponse(questionnaire, response),
    locale,
    dimensions,
    text,
    dimensionTitle: (id) => {
      const title = titles.get(id)
      return title ? text(title) : id
    },
  }
}

/** The layers' dimensions in questionnaire order, with their scores. */
export function scoresByLayer(model: ReportModel, layer: 'foundation' | 'tools') {
  return model.dimensions
    .filter((d) => d.layer === layer)
    .map((dimension) => ({
      dimension,
      score: model.report.dimensions.find((s) => s.dimensionId === dimension.id)!,
    }))
}
