import { countedNoun, type Locale, type RecordKind } from '../domain/index.ts'

type Counted = [one: string, many: string]

interface CliMessages {
  problems: (file: string, count: number) => string
  validResponse: (file: string) => string
  validQuestionnaire: (file: string, id: string, version: string, questions: number, dimensions: number) => string
  backup: (scope: string | null, exportedAt: string, counts: string) => string
  kinds: Record<RecordKind | 'deletions', Counted>
  carried: (file: string, from: string, to: string, kept: number, left: string[], added: number) => string
  langTakes: (choices: string) => string
}

const counted = (count: number, [one, many]: Counted) => countedNoun(count, one, many)

/** What the command line says around the problems, in English (the default) and German (`--lang de`). */
export const cliMessages: Record<Locale, CliMessages & { counted: typeof counted }> = {
  en: {
    counted,
    problems: (file, count) => `${file}: ${counted(count, ['problem', 'problems'])}`,
    validResponse: (file) => `${file}: valid response file`,
    validQuestionnaire: (file, id, version, questions, dimensions) =>
      `${file}: valid questionnaire "${id}" ${version} (${questions} questions in ${dimensions} dimensions)`,
    backup: (scope, exportedAt, counts) =>
      `valid workspace backup of ${scope === null ? 'the whole workspace' : `client "${scope}"`} from ${exportedAt}: ${counts}`,
    kinds: {
      clients: ['client', 'clients'],
      assessments: ['assessment', 'assessments'],
      workshops: ['workshop', 'workshops'],
      questionnaires: ['questionnaire', 'questionnaires'],
      branding: ['branding profile', 'branding profiles'],
      deletions: ['deletion', 'deletions'],
    },
    carried: (file, from, to, kept, left, added) =>
      `${file}: answers of version ${from} carried over to ${to}: ${kept} answers kept, ${left.length} left behind (${left.join(', ') || 'none'}), ${added} new questions`,
    langTakes: (choices) => `--lang takes ${choices}`,
  },
  de: {
    counted,
    problems: (file, count) => `${file}: ${counted(count, ['Problem', 'Probleme'])}`,
    validResponse: (file) => `${file}: gültige Antwortdatei`,
    validQuestionnaire: (file, id, version, questions, dimensions) =>
      `${file}: gültiger Fragebogen „${id}“ ${version} (${questions} Fragen in ${dimensions} Bereichen)`,
    backup: (scope, exportedAt, counts) =>
      `gültige Sicherung ${scope === null ? 'des ganzen Arbeitsbereichs' : `des Mandanten „${scope}“`} vom ${exportedAt}: ${counts}`,
    kinds: {
      clients: ['Mandant', 'Mandanten'],
      assessments: ['Einschätzung', 'Einschätzungen'],
      workshops: ['Workshop', 'Workshops'],
      questionnaires: ['Fragebogen', 'Fragebögen'],
      branding: ['Branding', 'Brandings'],
      deletions: ['Löschung', 'Löschungen'],
    },
    carried: (file, from, to, kept, left, added) =>
      `${file}: Antworten von Version ${from} auf ${to} übernommen: ${kept} behalten, ${left.length} zurückgelassen (${left.join(', ') || 'keine'}), ${added} neue Fragen`,
    langTakes: (choices) => `--lang erlaubt ${choices}`,
  },
}
