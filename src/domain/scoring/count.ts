import type { Question } from '../questionnaire/schema.ts'
import { SPECIAL_CHOICES, type Answers, type Choice, type Level } from '../response/schema.ts'

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
  const choice = choiceOf(answers, question.id)
  if (choice === undefined) return { kind: 'unanswered' }
  if (typeof choice === 'number') return { kind: 'level', level: choice, unknown: false }
  if (!question.options[choice]) return { kind: 'unanswered' }
  if (choice === 'notApplicable') return { kind: 'excluded' }
  if (choice === 'notNeeded' && notNeededCounts) return { kind: 'excluded' }
  return { kind: 'level', level: 0, unknown: true }
}

// Answers normally come validated, but the engine is also handed raw objects (CLI, fuzzing):
// anything that is not a known choice reads as "no answer" instead of corrupting the score.
/** The answer's choice if it is a valid one, else undefined. */
export function choiceOf(answers: Answers, questionId: string): Choice | undefined {
  if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, questionId)) return undefined
  const answer: unknown = answers[questionId]
  if (typeof answer !== 'object' || answer === null || !Object.hasOwn(answer, 'choice')) return undefined
  const choice = (answer as { choice: unknown }).choice
  if (typeof choice === 'number') return Number.isInteger(choice) && choice >= 0 && choice <= 4 ? (choice as Level) : undefined
  return typeof choice === 'string' && (SPECIAL_CHOICES as readonly string[]).includes(choice) ? (choice as Choice) : undefined
}
