import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseQuestionnaire, scoreAnswers, type Answers, type Questionnaire } from '../../src/domain/index.ts'
import { questionnaireJsonSchemaText } from '../../src/domain/questionnaire/json-schema.ts'

const folder = new URL('../../questionnaires/', import.meta.url)
const files = [
  ...readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'questionnaire.schema.json'),
  ...readdirSync(new URL('archive/', folder)).map((f) => `archive/${f}`),
]

function load(file: string): Questionnaire {
  const result = parseQuestionnaire(readFileSync(new URL(file, folder), 'utf8'))
  if (!result.ok) throw new Error(`${file}:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`)
  return result.value
}

describe.each(files)('questionnaires/%s', (file) => {
  it('passes the schema and its cross-field rules', () => {
    expect(() => load(file)).not.toThrow()
  })
})

describe('the generated JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` after changing it)', () => {
    const onDisk = readFileSync(new URL('questionnaire.schema.json', folder), 'utf8')
    expect(onDisk).toBe(questionnaireJsonSchemaText())
  })
})

describe('the default questionnaire', () => {
  const questionnaire = load('groundwork.json')
  const everyone = (choice: Answers[string]['choice']): Answers =>
    Object.fromEntries(questionnaire.questions.map((q) => [q.id, { choice }]))

  it('has the five dimensions in order, the foundation before technology', () => {
    expect(questionnaire.dimensions.map((d) => [d.id, d.layer])).toEqual([
      ['business-model', 'foundation'],
      ['customers', 'foundation'],
      ['staff', 'foundation'],
      ['environment', 'foundation'],
      ['technology', 'tools'],
    ])
  })

  it('asks 7 to 9 questions per dimension: enough to measure, short enough to finish', () => {
    for (const dimension of questionnaire.dimensions) {
      const count = questionnaire.questions.filter((q) => q.dimension === dimension.id).length
      expect(count, dimension.id).toBeGreaterThanOrEqual(7)
      expect(count, dimension.id).toBeLessThanOrEqual(9)
    }
  })

  it('measures practice, not paperwork: at most 10 level-2 statements ask for something written', () => {
    const paperwork = /schriftlich|(?<!be)schreib|notiert|dokument|festgehalten|papier|liste\b|protokoll|erfass/i
    const written = questionnaire.questions.filter((q) => paperwork.test(q.levels[2]!.de)).map((q) => q.id)
    expect(written.length, written.join(', ')).toBeLessThanOrEqual(10)
  })

  it('never lets level 0 mean "we don\'t know": that is what "don\'t know" is for', () => {
    const unknown =
      /weiß (es )?nicht|weiß niemand|wissen (es )?nicht|unbekannt|(don.t|do not|nobody|no one) knows?\b|unknown/i
    for (const q of questionnaire.questions) {
      expect(q.levels[0]!.de, q.id).not.toMatch(unknown)
      expect(q.levels[0]!.en, q.id).not.toMatch(unknown)
    }
  })

  it('gives steps that stand on their own: none opens by pointing back at an earlier step', () => {
    const pointsBack =
      /^((Diese[nmrs]?|Dies|These|This)\b(?! (Woche|Monat|Jahr|week|month|year))|(Den Text|Die Liste|Jeden Eintrag|Erweitern Sie die|Überarbeiten Sie den|The list|The text|Each entry)\b)/
    const reference = /\b(diese[nmrs]? (Liste|Gruppen|Angebote|Text|Satz|Einträge)|die Liste|den Text|jeden Eintrag)\b/
    for (const q of questionnaire.questions)
      q.recommendations.forEach((step, i) => {
        expect(step.de, `${q.id} step ${i}`).not.toMatch(pointsBack)
        expect(step.en, `${q.id} step ${i}`).not.toMatch(pointsBack)
        expect(step.de, `${q.id} step ${i}`).not.toMatch(reference)
      })
  })

  it('has an adoption inventory whose "settle first" questions exist', () => {
    expect(questionnaire.adoption?.items.length).toBeGreaterThanOrEqual(8)
  })

  it('gives the business model the highest dimension weight', () => {
    const [businessModel, ...others] = questionnaire.dimensions
    expect(businessModel!.id).toBe(questionnaire.scoring.businessModelDimension)
    for (const other of others) expect(businessModel!.weight).toBeGreaterThan(other.weight)
  })

  it('scores known answer sets to known results', () => {
    expect(scoreAnswers(questionnaire, everyone(4)).overall).toBe(100)
    expect(scoreAnswers(questionnaire, everyone(0)).overall).toBe(0)
    expect(scoreAnswers(questionnaire, everyone(2)).overall).toBe(50)
    expect(
      scoreAnswers(questionnaire, everyone('dontKnow')).findings.filter((f) => f.kind === 'manyUnknowns'),
    ).toHaveLength(5)
  })

  it('lets only tools-layer questions offer "not needed for our business", and some do', () => {
    const offering = questionnaire.questions.filter((q) => q.options.notNeeded).map((q) => q.dimension)
    expect(new Set(offering)).toEqual(new Set(['technology']))
  })
})
