import { problemSentence, type Locale, type ValidationProblem } from '../../domain/index.ts'

/**
 * A schema problem in the user's language, said at its field: the field already names the place, so
 * only what is wrong and what is allowed (the domain's catalog, the same sentences as every import).
 */
export function sayProblem(problem: ValidationProblem, locale: Locale): string {
  if (!problem.issue) return problem.message ?? ''
  const sentence = problemSentence(problem.issue, locale)
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1)
}
