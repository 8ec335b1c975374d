import {
  describeProblems,
  problemAt,
  type Locale,
  type Result,
  type RuleIssue,
  type ValidationProblem,
} from '../domain/index.ts'
import { cliMessages } from './messages.ts'

/** What a command reads and writes: the file system and the terminal in main.ts, stand-ins in tests. */
export interface CliIo {
  readFile: (path: string) => string
  /** For spreadsheets; the commands that need them say so when absent. */
  readBytes?: (path: string) => Uint8Array
  writeFile?: (path: string, data: string | Uint8Array) => void
  out: (line: string) => void
  err: (line: string) => void
}

/** Reads a file without throwing: a missing or unreadable one becomes a problem at `(file)`. */
export function readSafely<T>(read: (path: string) => T, path: string): Result<T> {
  try {
    return { ok: true, value: read(path) }
  } catch (error) {
    const issue: RuleIssue =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? { code: 'file_not_found' }
        : { code: 'unreadable', detail: String(error) }
    return { ok: false, problems: [problemAt('(file)', issue)] }
  }
}

/** `FILE: N problems` on stderr, then each problem on stdout as `path: text`, in the reader's language. */
export function reportProblems(io: CliIo, locale: Locale, file: string, problems: readonly ValidationProblem[]): void {
  io.err(cliMessages[locale].problems(file, problems.length))
  for (const line of describeProblems(problems, locale)) io.out(line)
}
