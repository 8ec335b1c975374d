import { andThen, describeSheetProblems, parseQuestionnaire, type Locale } from '../domain/index.ts'
import { questionnaireFromXlsx, questionnaireToXlsx } from '../xlsx/questionnaire-xlsx.ts'
import { readSafely, reportProblems, type CliIo } from './io.ts'

/** `to-xlsx [--lang de|en] QUESTIONNAIRE.json OUT.xlsx`: the questionnaire as a spreadsheet. */
export async function toXlsx(io: CliIo, args: string[], locale: Locale, usage: string): Promise<number> {
  const [input, output] = args
  if (!input || !output || args.length !== 2 || !io.writeFile) {
    io.err(usage)
    return 2
  }
  const questionnaire = andThen(readSafely(io.readFile, input), parseQuestionnaire)
  if (!questionnaire.ok) {
    reportProblems(io, locale, input, questionnaire.problems)
    return 1
  }
  io.writeFile(output, await questionnaireToXlsx(questionnaire.value))
  io.err(`${output}: "${questionnaire.value.id}" ${questionnaire.value.version} written as a spreadsheet`)
  return 0
}

/** `from-xlsx [--lang de|en] IN.xlsx OUT.json`: the spreadsheet as a questionnaire, or every problem. */
export async function fromXlsx(io: CliIo, args: string[], locale: Locale, usage: string): Promise<number> {
  const [input, output] = args
  if (!input || !output || args.length !== 2 || !io.readBytes || !io.writeFile) {
    io.err(usage)
    return 2
  }
  const bytes = readSafely(io.readBytes, input)
  if (!bytes.ok) {
    reportProblems(io, locale, input, bytes.problems)
    return 1
  }
  const result = await questionnaireFromXlsx(bytes.value)
  if (!result.ok) {
    reportProblems(io, locale, input, describeSheetProblems(result.problems, locale))
    return 1
  }
  io.writeFile(output, `${JSON.stringify(result.value, null, 2)}\n`)
  io.err(`${output}: valid questionnaire "${result.value.id}" ${result.value.version} written as JSON`)
  return 0
}
