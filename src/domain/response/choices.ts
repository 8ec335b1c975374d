import { ADOPTION_CHOICES, SPECIAL_CHOICES, type AdoptionChoice } from './format.ts'
import type { AdoptionAnswers, Answers, Choice, Level } from './schema.ts'

const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_CHOICES)
const KNOWN: ReadonlySet<string> = new Set(ADOPTION_CHOICES)

// Answers normally come validated, but the engine is also handed raw objects (CLI, fuzzing):
// anything that is not a known choice reads as "no answer" instead of corrupting the score.
/** The answer's choice if it is a valid one, else undefined. */
export function choiceOf(answers: Answers, questionId: string): Choice | undefined {
  if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, questionId)) return undefined
  const answer: unknown = answers[questionId]
  if (typeof answer !== 'object' || answer === null || !Object.hasOwn(answer, 'choice')) return undefined
  const choice = (answer as { choice: unknown }).choice
  if (typeof choice === 'number')
    return Number.isInteger(choice) && choice >= 0 && choice <= 4 ? (choice as Level) : undefined
  return typeof choice === 'string' && SPECIAL.has(choice) ? (choice as Choice) : undefined
}

// Like `choiceOf`: the engine is also handed raw objects (CLI, fuzzing), so anything that is not a
// known choice reads as "no answer" instead of corrupting the indices.
/** The inventory answer for one item if it is a valid one, else undefined. */
export function adoptionChoiceOf(adoption: AdoptionAnswers | undefined, itemId: string): AdoptionChoice | undefined {
  if (typeof adoption !== 'object' || adoption === null || !Object.hasOwn(adoption, itemId)) return undefined
  const answer: unknown = adoption[itemId]
  if (typeof answer !== 'object' || answer === null) return undefined
  const choice = (answer as { choice?: unknown }).choice
  return typeof choice === 'string' && KNOWN.has(choice) ? (choice as AdoptionChoice) : undefined
}
