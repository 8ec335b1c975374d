import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import type { ValidationProblem } from '../validation.ts'
import { deSentences } from './catalog-de.ts'
import { enSentences } from './catalog-en.ts'
import type { Sentences } from './catalog.ts'
import { FIELDS } from './fields.ts'
import type { ProblemIssue } from './issue.ts'

const SENTENCES: Record<Locale, Sentences> = { de: deSentences, en: enSentences }

/** What the reader's side knows: with the questionnaire, questions and items are named by their titles. */
export interface ProblemContext {
  questionnaire?: Questionnaire | null | undefined
}

/** One issue as a sentence in a language, without the place ("ist zu lang – höchstens 200 Zeichen"). */
export function problemSentence(issue: ProblemIssue, locale: Locale): string {
  return (SENTENCES[locale][issue.code] as (issue: ProblemIssue) => string)(issue)
}

/** The segments of a formatted path: `questions[12].levels[3].en` → questions, 12, levels, 3, en. */
function segments(path: string): (string | number)[] {
  const found: (string | number)[] = []
  for (const match of path.matchAll(/\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g))
    found.push(match[1] !== undefined ? Number(match[1]) : (match[2] ?? match[3]!))
  return found
}

/**
 * The place of a problem in words, e.g. `answers.bm-1.choice` → "Frage „Nutzen in einem Satz“, Stufe";
 * null when no part of the path has a name (the path itself is still shown).
 */
export function placeInWords(path: string, locale: Locale, context: ProblemContext = {}): string | null {
  const words = FIELDS[locale]
  const parts: string[] = []
  const all = segments(path)
  // A top-level field is named by its path already ("date: „x“ ist kein Datum").
  if (all.length === 1) return null
  const questionTitle = (id: string) => context.questionnaire?.questions.find((q) => q.id === id)?.title[locale] ?? id
  const itemTitle = (id: string) => context.questionnaire?.adoption?.items.find((i) => i.id === id)?.title[locale] ?? id
  for (let i = 0; i < all.length; i++) {
    const segment = all[i]!
    const next = all[i + 1]
    if (typeof segment !== 'string') continue
    if ((segment === 'answers' || segment === 'consensus') && typeof next === 'string') {
      parts.push(words.question(questionTitle(next)))
      i++
    } else if (segment === 'adoption' && typeof next === 'string' && next !== 'items' && next !== 'intro') {
      parts.push(words.item(itemTitle(next)))
      // An inventory item's choice is an answer (introduced, few use it, …), not a level.
      if (all[i + 2] === 'choice') parts.push(words.keys.answer!)
      i += all[i + 2] === 'choice' ? 2 : 1
    } else if (typeof next === 'number' && Object.hasOwn(words.numbered, segment)) {
      parts.push(words.numbered[segment]!(next))
      i++
    } else if (Object.hasOwn(words.keys, segment)) parts.push(words.keys[segment]!)
  }
  return parts.length > 0 ? parts.join(', ') : null
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/**
 * A problem as the reader sees it, in their language: the place in words, then what is wrong and
 * what is allowed. A problem without an issue (stored by an older version) keeps its own message.
 */
export function problemText(problem: ValidationProblem, locale: Locale, context?: ProblemContext): string {
  if (!problem.issue) return problem.message ?? ''
  const sentence = problemSentence(problem.issue, locale)
  const place = placeInWords(problem.path, locale, context)
  return place ? `${capitalised(place)}: ${sentence}` : capitalised(sentence)
}

/** Problems one per line, `path: text`, as the CLI and the workshop's import lists show them. */
export function describeProblems(
  problems: readonly ValidationProblem[],
  locale: Locale = 'en',
  context?: ProblemContext,
): string[] {
  return problems.map((problem) => `${problem.path}: ${problemText(problem, locale, context)}`)
}
