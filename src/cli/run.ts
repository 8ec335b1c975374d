import {
  aggregateTeam,
  describeProblems,
  isLive,
  LOCALES,
  parseJson,
  parseQuestionnaire,
  parseResponseFor,
  RECORD_KINDS,
  RESPONSE_FORMAT,
  scoreResponse,
  summarizeReport,
  summarizeTeam,
  validateQuestionnaire,
  validateBackup,
  validateResponse,
  WORKSPACE_BACKUP_FORMAT,
  type Locale,
  type Participant,
  type Questionnaire,
  type RecordBase,
  type RecordKind,
  type Result,
  type WorkspaceBackup,
} from '../domain/index.ts'
import { fromXlsx, toXlsx } from './xlsx-commands.ts'

export interface CliIo {
  readFile: (path: string) => string
  /** For spreadsheets; the commands that need them say so when absent. */
  readBytes?: (path: string) => Uint8Array
  writeFile?: (path: string, data: string | Uint8Array) => void
  out: (line: string) => void
  err: (line: string) => void
}

const USAGE = `Usage:
  groundwork validate FILE...                     check questionnaires, response files or workspace backups
  groundwork score [--lang de|en] QUESTIONNAIRE RESPONSE...
                                                  print the report of each response as JSON;
                                                  with several, also the aggregated team report
  groundwork to-xlsx QUESTIONNAIRE.json OUT.xlsx   write a questionnaire as a spreadsheet
  groundwork from-xlsx [--lang de|en] IN.xlsx OUT.json
                                                  read a questionnaire from a spreadsheet, or list
                                                  every problem by sheet, row and column

Exit codes: 0 ok, 1 a file has problems, 2 wrong usage.`

function read(io: CliIo, path: string): Result<string> {
  try {
    return { ok: true, value: io.readFile(path) }
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error)
    return { ok: false, problems: [{ path: '(file)', message: reason }] }
  }
}

function reportProblems(io: CliIo, file: string, problems: Parameters<typeof describeProblems>[0]): void {
  io.err(`${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const line of describeProblems(problems)) io.out(line)
}

const KIND_NAMES: Record<RecordKind, [one: string, many: string]> = {
  clients: ['client', 'clients'],
  assessments: ['assessment', 'assessments'],
  workshops: ['workshop', 'workshops'],
  questionnaires: ['questionnaire', 'questionnaires'],
  branding: ['branding profile', 'branding profiles'],
}

const counted = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`

/** One line: what the backup covers and how many live records of each kind it holds, plus its deletions. */
function describeBackup(backup: WorkspaceBackup): string {
  const scope = backup.scope.kind === 'all' ? 'the whole workspace' : `client "${backup.scope.clientName}"`
  const records = (kind: RecordKind): RecordBase[] => backup[kind]
  const live = RECORD_KINDS.map((kind) => counted(records(kind).filter(isLive).length, KIND_NAMES[kind]))
  const deletions = RECORD_KINDS.flatMap(records).filter((record) => !isLive(record)).length
  return `workspace backup of ${scope} from ${backup.exportedAt}: ${live.join(', ')}, ${counted(deletions, ['deletion', 'deletions'])}`
}

function validate(io: CliIo, files: string[]): number {
  let exitCode = 0
  for (const file of files) {
    const text = read(io, file)
    const json = text.ok ? parseJson(text.value) : text
    if (!json.ok) {
      reportProblems(io, file, json.problems)
      exitCode = 1
      continue
    }
    const format = (json.value as { format?: unknown } | null)?.format
    if (format === WORKSPACE_BACKUP_FORMAT) {
      const backup = validateBackup(json.value)
      if (backup.ok) io.err(`${file}: valid ${describeBackup(backup.value)}`)
      else {
        reportProblems(io, file, backup.problems)
        exitCode = 1
      }
      continue
    }
    const isResponse = format === RESPONSE_FORMAT
    const result = isResponse ? validateResponse(json.value) : validateQuestionnaire(json.value)
    if (!result.ok) {
      reportProblems(io, file, result.problems)
      exitCode = 1
    } else if (isResponse) io.err(`${file}: valid response file`)
    else {
      const q = result.value as Questionnaire
      io.err(
        `${file}: valid questionnaire "${q.id}" ${q.version} (${q.questions.length} questions in ${q.dimensions.length} dimensions)`,
      )
    }
  }
  return exitCode
}

function score(io: CliIo, args: string[]): number {
  let locale: Locale = 'de'
  const langAt = args.indexOf('--lang')
  if (langAt >= 0) {
    const value = args[langAt + 1]
    if (!LOCALES.includes(value as Locale)) {
      io.err(`--lang takes ${LOCALES.join(' or ')}`)
      return 2
    }
    locale = value as Locale
    args = args.filter((_, i) => i !== langAt && i !== langAt + 1)
  }
  const [questionnaireFile, ...responseFiles] = args
  if (!questionnaireFile || responseFiles.length === 0) {
    io.err(USAGE)
    return 2
  }
  const text = read(io, questionnaireFile)
  const questionnaire = text.ok ? parseQuestionnaire(text.value) : text
  if (!questionnaire.ok) {
    reportProblems(io, questionnaireFile, questionnaire.problems)
    return 1
  }
  const reports = []
  const participants: Participant[] = []
  for (const file of responseFiles) {
    const responseText = read(io, file)
    const response = responseText.ok ? parseResponseFor(responseText.value, questionnaire.value) : responseText
    if (!response.ok) {
      reportProblems(io, file, response.problems)
      return 1
    }
    const { carriedOver } = response.value
    if (carriedOver)
      io.err(
        `${file}: answers of version ${carriedOver.fromVersion} carried over to ${carriedOver.toVersion}: ${carriedOver.carried.length} answers kept, ${carriedOver.dropped.length} left behind (${carriedOver.dropped.join(', ') || 'none'}), ${carriedOver.added.length} new questions`,
      )
    const report = scoreResponse(questionnaire.value, response.value.response)
    reports.push({ file, ...summarizeReport(questionnaire.value, report, locale) })
    const { respondent, answers, adoption, id } = response.value.response
    participants.push({
      id,
      answers,
      ...(adoption ? { adoption } : {}),
      ...(respondent?.role ? { role: respondent.role } : {}),
    })
  }
  if (reports.length === 1) io.out(JSON.stringify(reports[0], null, 2))
  else {
    const team = aggregateTeam(questionnaire.value, participants)
    io.out(
      JSON.stringify(
        { responses: reports, team: summarizeTeam(questionnaire.value, participants, team, locale) },
        null,
        2,
      ),
    )
  }
  return 0
}

/** Runs the command line on its arguments; returns the exit code (spreadsheet commands: a promise of it). */
export function runCli(args: string[], io: CliIo): number | Promise<number> {
  const [command, ...rest] = args
  if (command === 'to-xlsx') return toXlsx(io, rest, USAGE)
  if (command === 'from-xlsx') return fromXlsx(io, rest, USAGE)
  if (command === 'validate' && rest.length > 0) return validate(io, rest)
  if (command === 'score') return score(io, rest)
  io.err(USAGE)
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2
}
