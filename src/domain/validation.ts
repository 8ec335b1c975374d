/** One problem with an input, located by its JSON path (e.g. `questions[12].levels[3].en`). */
export interface ValidationProblem {
  path: string
  message: string
}

/** Success with a value, or the list of problems: errors are values, never exceptions. */
export type Result<T> = { ok: true; value: T } | { ok: false; problems: ValidationProblem[] }

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
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}

/** Turns zod's issues into problems, one per issue, in document order. */
export function problemsFromZod(error: IssueList): ValidationProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

/** Parses JSON text without throwing; a syntax error becomes a problem at the root. */
export function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON: ${detail}` }] }
  }
}

/** Renders problems one per line, `path: message`, as the CLI and the UI show them. */
export function describeProblems(problems: readonly ValidationProblem[]): string[] {
  return problems.map((problem) => `${problem.path}: ${problem.message}`)
}
