import type { MaturityLevel, Questionnaire } from '../questionnaire/schema.ts'

/** The maturity level a score 0–100 falls into: the last level whose `min` it reaches. */
export function levelForScore(levels: readonly MaturityLevel[], score: number): MaturityLevel {
  let found = levels[0]!
  for (const level of levels) if (score >= level.min) found = level
  return found
}

/** Scores are computed with full precision and shown with one decimal, everywhere alike. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10
}

/**
 * The score a target maturity level stands for (its lower bound). Without a target the realistic
 * one: the next level above the current score (100 at the top level), not the maximum everywhere.
 */
export function targetScore(questionnaire: Questionnaire, levelId: string | undefined, score: number | null): number {
  const level = questionnaire.maturityLevels.find((l) => l.id === levelId)
  if (level) return level.min
  const next = questionnaire.maturityLevels.find((l) => l.min > (score ?? 0))
  return next ? next.min : 100
}

/** Below this level a risk question is a risk that does not wait. */
export const RISK_BELOW_LEVEL = 2
