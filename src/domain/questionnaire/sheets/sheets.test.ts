import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { questionnaireArb } from '../../../../tests/builders/questionnaire-arbitrary.ts'
import { parseQuestionnaire } from '../load.ts'
import type { Questionnaire } from '../schema.ts'
import { questionnaireFromSheets } from './from-sheets.ts'
import { describeSheetProblems } from './problems.ts'
import type { RawSheet } from './read-table.ts'
import { questionnaireToSheets } from './to-sheets.ts'

const groundwork = parseQuestionnaire(
  readFileSync(new URL('../../../../questionnaires/groundwork.json', import.meta.url), 'utf8'),
) as { ok: true; value: Questionnaire }

/** The sheets as a file would hand them back: header row first, no merges. */
function asRead(q: Questionnaire): RawSheet[] {
  return questionnaireToSheets(q).map((t) => ({
    name: t.name,
    rows: [t.columns.map((c) => c.name), ...t.rows],
    merges: [],
  }))
}

function edit(sheets: RawSheet[], name: string, change: (rows: RawSheet['rows']) => void): RawSheet[] {
  const copy = sheets.map((s) => ({ ...s, rows: s.rows.map((r) => [...r]), merges: [...s.merges] }))
  change(copy.find((s) => s.name === name)!.rows)
  return copy
}

const column = (sheets: RawSheet[], name: string, header: string) =>
  sheets.find((s) => s.name === name)!.rows[0]!.indexOf(header)

function problemsOf(sheets: RawSheet[], locale: 'de' | 'en' = 'en') {
  const result = questionnaireFromSheets(sheets)
  if (result.ok) throw new Error('expected problems')
  return describeSheetProblems(result.problems, locale).map((p) => `${p.path}: ${p.message}`)
}

describe('questionnaire ⇄ sheets', () => {
  it('gives back the default questionnaire unchanged', () => {
    expect(questionnaireFromSheets(asRead(groundwork.value))).toStrictEqual({ ok: true, value: groundwork.value })
  })

  it('gives back any questionnaire unchanged, every optional part included', () => {
    fc.assert(
      fc.property(questionnaireArb, (q) => {
        expect(questionnaireFromSheets(asRead(q))).toStrictEqual({ ok: true, value: q })
      }),
      { numRuns: 150 },
    )
  })

  it('starts with a sheet explaining every column of every other sheet', () => {
    const [about, ...others] = questionnaireToSheets(groundwork.value)
    expect(about!.name).toBe('about')
    for (const sheet of others)
      for (const c of sheet.columns)
        expect(about!.rows).toContainEqual([sheet.name, c.name, expect.any(String), c.meaning.de, c.meaning.en])
  })
})

describe('problems name sheet, row and column in the user’s language', () => {
  const sheets = asRead(groundwork.value)

  it('a missing English level: row 14 of the questions, column level_3::en', () => {
    const broken = edit(sheets, 'questions', (rows) => {
      rows[13]![column(sheets, 'questions', 'level_3::en')] = null
    })
    expect(problemsOf(broken, 'de')).toEqual(['Fragen, Zeile 14, Spalte level_3::en: fehlt'])
    expect(problemsOf(broken, 'en')).toEqual(['Questions, row 14, column level_3::en: missing'])
  })

  it('lists every problem, the sheets’ own and the questionnaire’s rules', () => {
    const broken = edit(sheets, 'questions', (rows) => {
      rows[2]![column(sheets, 'questions', 'prompt::de')] = '  '
      rows[5]![column(sheets, 'questions', 'weight')] = 'heavy'
      rows[9]![column(sheets, 'questions', 'dont_know')] = 'maybe'
    })
    expect(problemsOf(broken)).toEqual([
      'Questions, row 3, column prompt::de: missing',
      'Questions, row 6, column weight: must be a number',
      'Questions, row 10, column dont_know: must be yes or no',
    ])
  })

  it('the questionnaire’s rules across sheets, once the cells themselves are fine', () => {
    const broken = edit(sheets, 'questions', (rows) => {
      rows[7]![column(sheets, 'questions', 'dimension')] = 'nowhere'
    })
    expect(problemsOf(broken)).toEqual([
      'Questions, row 8, column dimension: there is no area “nowhere” — allowed are the ids listed under "dimensions"',
    ])
  })

  it('a missing sheet, a renamed column, a merged cell, a formula', () => {
    const broken = edit(
      edit(
        sheets.filter((s) => s.name !== 'maturity_levels'),
        'dimensions',
        (rows) => {
          rows[0]![column(sheets, 'dimensions', 'title::en')] = 'Title (English)'
        },
      ),
      'questions',
      (rows) => {
        rows[4]![column(sheets, 'questions', 'why::en')] = { formula: 'A1&B1' }
      },
    )
    broken.find((s) => s.name === 'questions')!.merges.push('C5:D5')
    expect(problemsOf(broken)).toEqual([
      'Dimensions, row 1, column Title (English): unknown column: use its original name or delete it',
      'Dimensions, row 1, column title::en: column missing (renamed or deleted?)',
      'Questions, row 5, column title::de: merged cells (C5:D5): please unmerge them',
      'Questions, row 5, column why::en: a formula where text belongs: please type the text itself',
      'Maturity levels: sheet missing',
    ])
  })

  it('stops at the sheet’s limit instead of reading 10,000 rows', () => {
    const many = edit(sheets, 'questions', (rows) => {
      const template = rows[1]!
      for (let i = 0; i < 10_000; i++) rows.push(template.map((cell, c) => (c === 0 ? `q-${i}` : cell)))
    })
    const problems = problemsOf(many)
    expect(problems).toContain('Questions, row 502: too many rows (at most 500)')
    expect(problems.length).toBeLessThan(20)
  })

  it('locates the schema’s rules in settings and scoring', () => {
    const broken = edit(
      edit(sheets, 'settings', (rows) => {
        rows.find((r) => r[0] === 'version')![1] = 'one'
      }),
      'scoring',
      (rows) => {
        rows.find((r) => r[0] === 'actionPlanSize')![1] = 0
      },
    )
    expect(problemsOf(broken, 'de')).toEqual([
      'Einstellungen, Zeile 3, Spalte value: „one“ ist keine Versionsnummer – erlaubt ist eine Form wie 1.0 oder 1.0.0',
      'Bewertung, Zeile 15, Spalte value: 0 ist zu klein – erlaubt ist mindestens 1',
    ])
  })
})
