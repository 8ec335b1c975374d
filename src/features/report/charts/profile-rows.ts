import type { Layer } from '../../../domain/index.ts'
import type { Comparison, ReportModel } from '../model.ts'

/** One dimension as the charts and their tables see it. */
export interface ProfileRow {
  id: string
  title: string
  layer: Layer
  score: number | null
  levelName: string | null
  /** The target level's lower bound, when the user set one. */
  target: number | null
  earlier: number | null
}

export function profileRows(model: ReportModel, comparison: Comparison | null): ProfileRow[] {
  const targets = model.response.targets ?? {}
  return model.dimensions.map((dimension) => {
    const score = model.report.dimensions.find((s) => s.dimensionId === dimension.id)!
    return {
      id: dimension.id,
      title: model.text(dimension.title),
      layer: dimension.layer,
      score: score.score,
      levelName: score.level ? model.text(score.level.name) : null,
      target: targets[dimension.id] !== undefined ? score.target : null,
      earlier: comparison?.report.dimensions.find((s) => s.dimensionId === dimension.id)?.score ?? null,
    }
  })
}
