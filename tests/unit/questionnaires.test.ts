import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseQuestionnaire, scoreAnswers, type Answers, type Questionnaire } from '../../src/domain/index.ts'
import { questionnaireJsonSchemaText } from '../../src/domain/questionnaire/json-schema.ts'

const folder = new URL('../../questionnaires/', import.meta.url)
const files = readdirSync(folder).filter((f) => f.endsWith('.json') && f !== 'questionnaire.schema.json')

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

  it('asks at least 8 questions per dimension and 44 in all', () => {
    for (const dimension of questionnaire.dimensions)
      expect(questionnaire.questions.filter((q) => q.dimension === dimension.id).length).toBeGreaterThanOrEqual(8)
    expect(questionnaire.questions.length).toBeGreaterThanOrEqual(44)
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
