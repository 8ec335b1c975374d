import { describe, expect, it } from 'vitest'
import { questionnaireInput } from '../../../tests/builders/questionnaire.ts'
import { parseQuestionnaire, validateQuestionnaire } from './load.ts'
import { said } from '../../../tests/said.ts'

const valid = () =>
  questionnaireInput([
    { id: 'bm', layer: 'foundation', questions: 2 },
    { id: 'tech', layer: 'tools', questions: 2, notNeeded: true },
  ])

function problemsOf(data: unknown) {
  const result = validateQuestionnaire(data)
  return result.ok ? [] : said(result.problems)
}

describe('questionnaire schema', () => {
  it('accepts a well-formed questionnaire and fills in default weights and options', () => {
    const input = valid()
    delete (input.questions[0] as { weight?: number }).weight
    delete (input.questions[0] as { options?: unknown }).options
    const result = validateQuestionnaire(input)
    expect(result.ok && result.value.questions[0]).toMatchObject({
      weight: 1,
      options: { dontKnow: true, notApplicable: false, notNeeded: false },
    })
  })

  it('names the exact path of a missing English level text', () => {
    const input = valid()
    delete (input.questions[1]!.levels[3] as { en?: string }).en
    expect(problemsOf(input)).toEqual([{ path: 'questions[1].levels[3].en', message: 'missing — expected a text' }])
  })

  it('requires five levels and five recommendations', () => {
    const input = valid()
    input.questions[0]!.levels.pop()
    expect(problemsOf(input)).toContainEqual({
      path: 'questions[0].levels',
      message: 'needs exactly 5 entries',
    })
  })

  it('rejects duplicate ids and unknown dimensions', () => {
    const input = valid()
    input.questions[1]!.id = input.questions[0]!.id
    input.questions[2]!.dimension = 'nowhere'
    const paths = problemsOf(input).map((p) => `${p.path}: ${p.message}`)
    expect(paths).toContain('questions[1].id: the id “bm-1” is used more than once — each id may appear only once')
    expect(paths).toContain(
      'questions[2].dimension: there is no area “nowhere” — allowed are the ids listed under "dimensions"',
    )
  })

  it('rejects non-positive weights', () => {
    const input = valid()
    input.dimensions[0]!.weight = 0
    expect(problemsOf(input)).toContainEqual({
      path: 'dimensions[0].weight',
      message: '0 is too small — allowed is more than 0',
    })
  })

  it('requires maturity thresholds to start at 0 and ascend', () => {
    const input = valid()
    input.maturityLevels[0]!.min = 5
    input.maturityLevels[2]!.min = 20
    const paths = problemsOf(input).map((p) => p.path)
    expect(paths).toEqual(['maturityLevels[0].min', 'maturityLevels[2].min'])
  })

  it('offers "not needed for our business" only on tools-layer questions', () => {
    const input = valid()
    input.questions[0]!.options = { dontKnow: true, notApplicable: false, notNeeded: true }
    expect(problemsOf(input)).toContainEqual({
      path: 'questions[0].options.notNeeded',
      message: '"not needed for our business" is only allowed on questions of a tools-layer area',
    })
  })

  it('requires the business-model dimension to exist and belong to the foundation', () => {
    const input = valid()
    input.scoring.businessModelDimension = 'tech'
    expect(problemsOf(input)).toContainEqual({
      path: 'scoring.businessModelDimension',
      message: 'must be an area of the foundation (layer "foundation")',
    })
  })

  it('reports invalid JSON as one problem, not an exception', () => {
    const result = parseQuestionnaire('{ "id": ')
    expect(result.ok).toBe(false)
    expect(!result.ok && said(result.problems)[0]!.message).toMatch(/^not valid JSON/)
  })

  it('rejects unknown fields so typos are caught', () => {
    const input = { ...valid(), titel: { de: 'x', en: 'x' } }
    expect(problemsOf(input)[0]!.message).toMatch(/titel/)
  })
})
