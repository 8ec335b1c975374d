import {
  aggregateTeam,
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
  type WorkspaceBackup,
} from '../domain/index.ts'
import { fromXlsx, toXlsx } from './xlsx-commands.ts'
import { readSafely, reportProblems, type CliIo } from './io.ts'
import { cliMessages } from './messages.ts'

const USAGE = `Usage:
  groundwork validate [--lang en|de] FILE...      check questionnaires, response files or workspace backups;
                                                  problems in English, or German with --lang de
  groundwork score [--lang de|en] QUESTIONNAIRE RESPONSE...
                                                  print the report of each response as JSON (its texts in
                                                  German unless --lang en); with several, also the
                                                  aggregated team report
  groundwork to-xlsx [--lang de|en] QUESTIONNAIRE.json OUT.xlsx
                                                  write a questionnaire as a spreadsheet
  groundwork from-xlsx [--lang de|en] IN.xlsx OUT.json
                                                  read a questionnaire from a spreadsheet, or list
                                                  every problem by sheet, row and column

Exit codes: 0 ok, 1 a file has problems, 2 wrong usage.`

/** One line: what the backup covers and how many live records of each kind it holds, plus its deletions. */
function describeBackup(backup: WorkspaceBackup, locale: Locale): string {
  const t = cliMessages[locale]
  const records = (kind: RecordKind): RecordBase[] => backup[kind]
  const live = RECORD_KINDS.map((kind) => t.counted(records(kind).filter(isLive).length, t.kinds[kind]))
  const deletions = RECORD_KINDS.flatMap(records).filter((record) => !isLive(record)).length
  const scope = backup.scope.kind === 'all' ? null : backup.scope.clientName
  return t.backup(scope, backup.exportedAt, [...live, t.counted(deletions, t.kinds.deletions)].join(', '))
}

function validate(io: CliIo, files: string[], locale: Locale): number {
  const t = cliMessages[locale]
  let exitCode = 0
  for (const file of files) {
    const text = readSafely(io.readFile, file)
    const json = text.ok ? parseJson(text.value) : text
    if (!json.ok) {
      reportProblems(io, locale, file, json.problems)
      exitCode = 1
      continue
    }
    const format = (json.value as { format?: unknown } | null)?.format
    if (format === WORKSPACE_BACKUP_FORMAT) {
      const backup = validateBackup(json.value)
      if (backup.ok) io.err(`${file}: ${describeBackup(backup.value, locale)}`)
      else {
        reportProblems(io, locale, file, backup.problems)
        exitCode = 1
      }
      continue
    }
    const isResponse = format === RESPONSE_FORMAT
    const result = isResponse ? validateResponse(json.value) : validateQuestionnaire(json.value)
    if (!result.ok) {
      reportProblems(io, locale, file, result.problems)
      exitCode = 1
    } else if (isResponse) io.err(t.validResponse(file))
    else {
      const q = result.value as Questionnaire
      io.err(t.validQuestionnaire(file, q.id, q.version, q.questions.length, q.dimensions.length))
    }
  }
  return exitCode
}

/** `score`: the report's texts follow `--lang` (German unless asked); problems and notes are English unless `--lang de`. */
function score(io: CliIo, args: string[], lang: Locale | undefined): number {
  const locale: Locale = lang ?? 'de'
  const said: Locale = lang ?? 'en'
  const [questionnaireFile, ...responseFiles] = args
  if (!questionnaireFile || responseFiles.length === 0) {
    io.err(USAGE)
    return 2
  }
  const text = readSafely(io.readFile, questionnaireFile)
  const questionnaire = text.ok ? parseQuestionnaire(text.value) : text
  if (!questionnaire.ok) {
    reportProblems(io, said, questionnaireFile, questionnaire.problems)
    return 1
  }
  const reports = []
  const participants: Participant[] = []
  for (const file of responseFiles) {
    const responseText = readSafely(io.readFile, file)
    const response = responseText.ok ? parseResponseFor(responseText.value, questionnaire.value) : responseText
    if (!response.ok) {
      reportProblems(io, said, file, response.problems)
      return 1
    }
    const { carriedOver } = response.value
    if (carriedOver)
      io.err(
        cliMessages[said].carried(
          file,
          carriedOver.fromVersion,
          carriedOver.toVersion,
          carriedOver.carried.length,
          carriedOver.dropped,
          carriedOver.added.length,
        ),
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
  const [command, ...options] = args
  const langAt = options.indexOf('--lang')
  const lang = langAt >= 0 ? options[langAt + 1] : undefined
  if (langAt >= 0 && !LOCALES.includes(lang as Locale)) {
    io.err(cliMessages.en.langTakes(LOCALES.join(' or ')))
    return 2
  }
  const rest = langAt >= 0 ? options.filter((_, i) => i !== langAt && i !== langAt + 1) : options
  const locale = lang as Locale | undefined
  if (command === 'to-xlsx') return toXlsx(io, rest, locale ?? 'en', USAGE)
  if (command === 'from-xlsx') return fromXlsx(io, rest, locale ?? 'en', USAGE)
  if (command === 'validate' && rest.length > 0) return validate(io, rest, locale ?? 'en')
  if (command === 'score') return score(io, rest, locale)
  io.err(USAGE)
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2
}
