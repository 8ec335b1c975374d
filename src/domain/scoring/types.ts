import type { Level } from '../response/schema.ts'
import type { Layer, MaturityLevel } from '../questionnaire/schema.ts'

export interface DimensionScore {
  dimensionId: string
  layer: Layer
  /** 0–100, or null when no question of the dimension counts yet. */
  score: number | null
  level: MaturityLevel | null
  /** Questions with any choice made (a level, don't know, not applicable, not needed). */
  answered: number
  total: number
  /** "Don't know" answers, plus "not needed" answers that could not count yet. */
  unknown: number
  /** Target score (from the target level) or 100 without a target. */
  target: number
}

export type Finding =
  | { kind: 'weakBusinessModel'; dimensionId: string; score: number; threshold: number }
  | { kind: 'toolsAheadOfFoundation'; foundationIndex: number; toolIndex: number; gap: number; threshold: number }
  | { kind: 'manyUnknowns'; dimensionId: string; unknown: number; answered: number }
  | {
      kind: 'notNeededNotCounted'
      questionIds: string[]
      businessModelScore: number | null
      threshold: number
    }

export interface ActionStep {
  questionId: string
  dimensionId: string
  layer: Layer
  /** The level the answer stands at (a team's mean may be fractional); "don't know" stands at 0 and is flagged. */
  level: number
  /** The whole level whose recommendation and next statement apply: index into `levels` and `recommendations`. */
  from: Level
  unknown: boolean
  /** Levels to go to the target, weighted by question and dimension weight. */
  gap: number
  priority: number
}

export interface Completeness {
  answered: number
  total: number
  /** 0–1 */
  ratio: number
  partial: boolean
  /** Question ids without any choice, in questionnaire order. */
  missing: string[]
}

/** Everything the report, the PDF and the CLI show: computed from answers, never stored. */
export interface ScoreReport {
  questionnaireId: string
  questionnaireVersion: string
  dimensions: DimensionScore[]
  /** F: weighted mean of the foundation dimensions. */
  foundationIndex: number | null
  /** T: weighted mean of the tools dimensions. */
  toolIndex: number | null
  /** min(T, F + slack): the part of T the foundation carries. */
  toolIndexCounted: number | null
  overall: number | null
  overallLevel: MaturityLevel | null
  findings: Finding[]
  /** Every step, best first; the report's top steps are the first `actionPlanSize`. */
  actionPlan: ActionStep[]
  completeness: Completeness
}
