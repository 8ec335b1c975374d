import type { Question } from '../questionnaire/schema.ts'
import { choiceOf } from '../response/choices.ts'
import type { Answers, Choice } from '../response/schema.ts'

/** How one answer enters the score once the relevance rule has been applied. */
export type Counted =
  | { kind: 'level'; /** 0–4; a team's combined level may be fractional. */ level: number; unknown: boolean }
  | { kind: 'excluded' }
  | { kind: 'unanswered' }

/**
 * How an answer counts. "Don't know" is level 0 and an unknown; "not applicable" is left out;
 * "not needed" is left out only when `notNeededCounts` (the relevance rule), else it is a
 * "don't know". Answers the question does not offer are treated as unanswered.
 */
export function countAnswer(question: Question, answers: Answers, notNeededCounts: boolean): Counted {
  return countChoice(question, choiceOf(answers, question.id), notNeededCounts)
}

/** `countAnswer` for a choice already read from the answers. */
export function countChoice(question: Question, choice: Choice | undefined, notNeededCounts: boolean): Counted {
  if (choice === undefined) return UNANSWERED
  if (typeof choice === 'number') return LEVELS[choice]!
  if (!question.options[choice]) return UNANSWERED
  if (choice === 'notApplicable') return EXCLUDED
  if (choice === 'notNeeded' && notNeededCounts) return EXCLUDED
  return UNKNOWN
}

// Shared immutable results: scoring runs thousands of times in workshops and must not allocate.
const UNANSWERED: Counted = Object.freeze({ kind: 'unanswered' })
const EXCLUDED: Counted = Object.freeze({ kind: 'excluded' })
const UNKNOWN: Counted = Object.freeze({ kind: 'level', level: 0, unknown: true })
const LEVELS: readonly Counted[] = ([0, 1, 2, 3, 4] as const).map((level) =>
  Object.freeze({ kind: 'level', level, unknown: false }),
)
