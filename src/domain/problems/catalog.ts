import type { ProblemCode, ProblemIssue, ShownValue, ValueKind } from './issue.ts'

/** Sentences per issue code: a missing code is a type error, so every issue can be told. */
export type Sentences = { [C in ProblemCode]: (issue: Extract<ProblemIssue, { code: C }>) => string }

/** How one language names the places of a file: `answers.bm-1.choice` → "Frage „…“, Stufe". */
export interface FieldWords {
  /** A question by its title (when the questionnaire is known) or its id. */
  question: (name: string) => string
  /** An inventory item by its title or id. */
  item: (name: string) => string
  /** Entries of a list by their index, e.g. `questions[2]` → "Frage 3". */
  numbered: Record<string, (index: number) => string>
  /** Single fields, e.g. `choice` → "Stufe". */
  keys: Record<string, string>
}

/** A shown value as a sentence quotes it: numbers bare, text in the language's quotation marks. */
export function quoted(value: ShownValue, open: string, close: string): string {
  return typeof value === 'string' ? `${open}${value}${close}` : String(value)
}

/** "a, b or c" in the language's words. */
export function listed(items: readonly string[], or: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`
}

export type KindWords = Record<ValueKind, string>
