import type { Question } from '../questionnaire/schema.ts'
import type { Answers, Level } from '../response/schema.ts'

/** How one answer enters the score once the relevance rule has been applied. */
export type Counted =
  | { kind: 'level'; level: Level; unknown: boolean }
  | { kind: 'excluded' }
  | { kind: 'unanswered' }

/**
 * How an answer counts. "Don't know" is level 0 and an unknown; "not applicable" is left out;
 * "not needed" is left out only when `notNeededCounts` (the relevance rule), else it is a
 * "don't know". Answers the question does not offer are treated as unanswered.
 */
export function countAnswer(question: Question, answers: Answers, notNeededCounts: boolean): Counted {
  const choice = Object.hasOwn(answers, question.id) ? answers[question.id]?.choice : undefined
  if (choice === undefined) return { kind: 'unanswered' }
  if (typeof choice === 'number') return { kind: 'level', level: choice, unknown: false }
  if (!question.options[choice]) return { kind: 'unanswered' }
  if (choice === 'notApplicable') return { kind: 'excluded' }
  if (choice === 'notNeeded' && notNeededCounts) return { kind: 'excluded' }
  return { kind: 'level', level: 0, unknown: true }
}
