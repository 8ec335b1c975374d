import type { Layer, MaturityLevel } from '../questionnaire/schema.ts'
import type { AdoptionChoice, Choice, Level } from '../response/schema.ts'
import type { Counted } from './count.ts'

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
  /** Target score: the chosen target level's, else the next level above today's score. */
  target: number
  /** Whether the user chose the target (else it is the next level up). */
  targetSet: boolean
}

/** What the adoption inventory shows: what was bought, and whether it is used. */
export interface AdoptionSummary {
  /** 0–100: weighted share of the answered items that were introduced; null when none was answered. */
  index: number | null
  /** 0–1: weighted share of the introduced items used by most of the people they were bought for. */
  useRate: number | null
  /** Item ids, in questionnaire order. */
  introduced: string[]
  /** Introduced, but used by few of the people they were bought for. */
  barelyUsed: string[]
  notIntroduced: string[]
  notNeeded: string[]
  /** Answered "don't know". */
  unknown: string[]
  answered: number
  total: number
}

export type Finding =
  | { kind: 'weakBusinessModel'; dimensionId: string; score: number; threshold: number }
  | {
      kind: 'adoptionAheadOfFoundation'
      adoptionIndex: number
      businessModelScore: number
      useRate: number
      margin: number
    }
  | { kind: 'boughtBarelyUsed'; itemIds: string[]; introduced: number }
  | {
      kind: 'foundationCarriesTools'
      foundationIndex: number
      businessModelScore: number
      adoptionIndex: number
      /** Items neither introduced nor marked "not needed": where a tool may now serve the business. */
      candidateItemIds: string[]
    }
  | { kind: 'manyUnknowns'; dimensionId: string; unknown: number; answered: number }
  | {
      kind: 'laggingArea'
      /** A foundation dimension (not the business model) well below the rest of the foundation. */
      dimensionId: string
      score: number
      othersMean: number
    }
  | {
      kind: 'risksThatDoNotWait'
      /** Risk questions at level 0 or 1 (or not known), most urgent first. */
      questionIds: string[]
    }
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
  /** A risk whatever the business model (the questionnaire marks it), still at level 0 or 1. */
  risk: boolean
  /** The step's place in the plan's order: 0 risk, 1 business model, 2 rest of the foundation, 3 tools. */
  rank: number
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

/**
 * The headline's verdict, in order of precedence: nothing to score; tools bought ahead of the
 * business model; a weak business model; a foundation ahead of the tools; both in step.
 */
export type Verdict = 'none' | 'adoptionAhead' | 'weakBusinessModel' | 'foundationLeads' | 'balanced'

/** Everything the report, the PDF and the CLI show: computed from answers, never stored. */
export interface ScoreReport {
  questionnaireId: string
  questionnaireVersion: string
  dimensions: DimensionScore[]
  /** The business-model dimension's score: what the relevance rule, the findings and the map read. */
  businessModelScore: number | null
  /** F: weighted mean of the foundation dimensions. */
  foundationIndex: number | null
  /** T: weighted mean of the tools dimensions. */
  toolIndex: number | null
  /** min(T, F + slack): the part of T the foundation carries. */
  toolIndexCounted: number | null
  /** F + slack (F counts as 0 while unassessed): how far tools count; null without tools answers. */
  toolCap: number | null
  overall: number | null
  overallLevel: MaturityLevel | null
  verdict: Verdict
  /** "Before you buy": the kind of tool the user is offered, checked against the answers; null when none is named. */
  purchase: PurchaseCheck | null
  /** The adoption inventory; null when the questionnaire has none. */
  adoption: AdoptionSummary | null
  /** Where business model against adoption puts the company on the map; null while either is unknown. */
  quadrant: Quadrant | null
  findings: Finding[]
  /** Every step, best first; the report's top steps are the first `actionPlanSize`. */
  actionPlan: ActionStep[]
  completeness: Completeness
}

/**
 * Where a company stands on the map of business-model understanding (across) against tools introduced
 * (up): tools first (much bought, the business not understood), not yet started, grounded and lean,
 * grounded and equipped.
 */
export type Quadrant = 'toolsFirst' | 'notYetStarted' | 'groundedLean' | 'groundedEquipped'

/** A question to settle before buying: where the company's own answer stands today. */
export interface OpenPoint {
  questionId: string
  /** The level answered, null when unanswered. */
  level: number | null
  unknown: boolean
}

/**
 * "Before you buy": whether the foundation carries the kind of tool the user is being offered.
 * - `useWhatYouHave`: one was introduced already and few use it; find out why before buying another;
 * - `settleFirst`: the business model does not carry it yet, or questions it depends on are below level 2;
 * - `carried`: both are settled: the tool may serve the business, justified from it.
 */
export interface PurchaseCheck {
  itemId: string
  verdict: 'useWhatYouHave' | 'settleFirst' | 'carried'
  businessModelScore: number | null
  /** Whether the business-model score reaches `foundationCarriesFrom`. */
  businessModelCarries: boolean
  /** The item's "settle first" questions below level 2, in the questionnaire's order. */
  open: OpenPoint[]
  /** The same kind of tool, already introduced: used by few or by most. */
  alreadyIntroduced: 'fewUse' | 'mostUse' | null
}

/** What scoring needs about a questionnaire, indexed once (scoring runs thousands of times). */
export interface PreparedQuestionnaire {
  /** For each question (in questionnaire order), the index of its dimension. */
  dimensionOf: number[]
  businessModelIndex: number
  /** For each question, its place in the action plan's order: 0 business model, 1 rest of the foundation, 2 tools. */
  stepRank: number[]
  /** For each question, the weight of its next step: question weight × dimension weight. */
  stepWeight: number[]
  /** For each risk question (3 − urgency) · 10 + effort, most urgent and cheapest lowest; −1 for the others. */
  riskOrder: number[]
  /** The risk questions' indices, most urgent and cheapest first. */
  riskIndices: number[]
}

/** The answers as the scoring sees them, one entry per question in questionnaire order. */
export interface CountedAnswers {
  choices: (Choice | undefined)[]
  counted: Counted[]
  notNeededCounts: boolean
  /** The adoption inventory's answers, one per item in questionnaire order. */
  adoption: (AdoptionChoice | undefined)[]
}
