import { describeSheetProblems, LOCALES, parseQuestionnaire, type Locale } from '../domain/index.ts'
import { questionnaireFromXlsx, questionnaireToXlsx } from '../xlsx/questionnaire-xlsx.ts'
import type { CliIo } from './io.ts'

/** Takes `--lang de|en` out of the arguments; English unless asked. */
function takeLocale(args: string[]): { locale: Locale; rest: string[] } | null {
  const at = args.indexOf('--lang')
  if (at < 0) return { locale: 'en', rest: args }
  const value = args[at + 1]
  if (!LOCALES.includes(value as Locale)) return null
  return { locale: value as Locale, rest: args.filter((_, i) => i !== at && i !== at + 1) }
}

function failure(io: CliIo, file: string, lines: string[]): number {
  io.err(`${file}: ${lines.length} problem${lines.length === 1 ? '' : 's'}`)
  for (const line of lines) io.out(line)
  return 1
}

const reason = (error: unknown) =>
  (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : String(error)

/** `to-xlsx QUESTIONNAIRE.json OUT.xlsx`: the questionnaire as a spreadsheet. */
export async function toXlsx(io: CliIo, args: string[], usage: string): Promise<number> {
  const [input, output] = args
  if (!input || !output || args.length !== 2 || !io.writeFile) {
    io.err(usage)
    return 2
  }
  let text: string
  try {
    text = io.readFile(input)
  } catch (error) {
    return failure(io, input, [`(file): ${reason(error)}`])
  }
  const questionnaire = parseQuestionnaire(text)
  if (!questionnaire.ok)
    return failure(
      io,
      input,
      questionnaire.problems.map((p) => `${p.path}: ${p.message}`),
    )
  io.writeFile(output, await questionnaireToXlsx(questionnaire.value))
  io.err(`${output}: "${questionnaire.value.id}" ${questionnaire.value.version} written as a spreadsheet`)
  return 0
}

/** `from-xlsx [--lang de|en] IN.xlsx OUT.json`: the spreadsheet as a questionnaire, or every problem. */
export async function fromXlsx(io: CliIo, args: string[], usage: string): Promise<number> {
  const parsed = takeLocale(args)
  const [input, output] = parsed?.rest ?? []
  if (!parsed || !input || !output || parsed.rest.length !== 2 || !io.readBytes || !io.writeFile) {
    io.err(usage)
    return 2
  }
  let bytes: Uint8Array
  try {
    bytes = io.readBytes(input)
  } catch (error) {
    return failure(io, input, [`(file): ${reason(error)}`])
  }
  const result = await questionnaireFromXlsx(bytes)
  if (!result.ok)
    return failure(
      io,
      input,
      describeSheetProblems(result.problems, parsed.locale).map((p) => `${p.path}: ${p.message}`),
    )
  io.writeFile(output, `${JSON.stringify(result.value, null, 2)}\n`)
  io.err(`${output}: valid questionnaire "${result.value.id}" ${result.value.version} written as JSON`)
  return 0
}
