import { fromZodIssue, type ProblemIssue, type ZodIssueLike } from './problems/issue.ts'

/**
 * One problem with an input, located by its JSON path (e.g. `questions[12].levels[3].en`). `issue`
 * says what is wrong as data; `problemText` tells it in the reader's language (the catalogs are
 * loaded only where problems are shown, not with every page that validates). A `message` is what
 * problems stored by earlier versions carry instead.
 */
export interface ValidationProblem {
  path: string
  issue?: ProblemIssue
  message?: string
}

/** Success with a value, or the list of problems: errors are values, never exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] }

/** A problem at a place. */
export function problemAt(path: string, issue: ProblemIssue): ValidationProblem {
  return { path, issue }
}

/** Formats a zod issue path the way an author reads JSON: `questions[12].levels[3].en`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let formatted = ''
  for (const segment of path) {
    if (typeof segment === 'number') formatted += `[${segment}]`
    else {
      const key = String(segment)
      const plain = /^[A-Za-z_$][\w$-]*$/.test(key)
      formatted += plain ? (formatted ? `.${key}` : key) : `[${JSON.stringify(key)}]`
    }
  }
  return formatted || '(root)'
}

/** What a failed zod parse reports (classic and mini alike). */
interface IssueList {
  issues: readonly ZodIssueLike[]
}

/** Turns zod's issues into problems, one per issue, in document order. */
export function problemsFromZod(error: IssueList): ValidationProblem[] {
  return error.issues.map((issue) => problemAt(formatPath(issue.path), fromZodIssue(issue)))
}

interface SafeParser<T> {
  safeParse: (
    data: unknown,
    params: { reportInput: boolean },
  ) => { success: true; data: T } | { success: false; error: IssueList }
}

/**
 * Validates with a schema; problems come back as values. The input is reported with each issue, so
 * that a message can show what was there ("7 gibt es nicht") and tell a missing field from a wrong one.
 */
export function checkSchema<T>(schema: SafeParser<T>, data: unknown): Result<T> {
  const parsed = schema.safeParse(data, { reportInput: true })
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problems: problemsFromZod(parsed.error) }
}

/** The next step on a success; problems pass through untouched. */
export function andThen<T, U>(result: Result<T>, next: (value: T) => Result<U>): Result<U> {
  return result.ok ? next(result.value) : result
}

/** Parses JSON text, then validates it: syntax problems and the validator's come back as one list. */
export function parseJsonWith<T>(text: string, validate: (data: unknown) => Result<T>): Result<T> {
  return andThen(parseJson(text), validate)
}

/** Parses JSON text without throwing; a syntax error becomes a problem at the root. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [problemAt('(root)', { code: 'not_json', detail })] }
  }
}
