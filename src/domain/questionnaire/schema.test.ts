import { describe, expect, it } from 'vitest'
import { questionnaireInput } from '../testing/build-questionnaire.ts'
import { parseQuestionnaire, validateQuestionnaire } from './load.ts'

const valid = () =>
  questionnaireInput([
    { id: 'bm', layer: 'foundation', questions: 2 },
    { id: 'tech', layer: 'tools', questions: 2, notNeeded: true },
  ])

function problemsOf(data: unknown) {
  const result = validateQuestionnaire(data)
  return result.ok ? [] : result.problems
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
    expect(problemsOf(input)).toEqual([{ path: 'questions[1].levels[3].en', message: 'required' }])
  })

  it('requires five levels and five recommendations', () => {
    const input = valid()
    input.questions[0]!.levels.pop()
    expect(problemsOf(input)).toContainEqual({
      path: 'questions[0].levels',
      message: 'must list exactly five levels, 0 to 4',
    })
  })

  it('rejects duplicate ids and unknown dimensions', () => {
    const input = valid()
    input.questions[1]!.id = input.questions[0]!.id
    input.questions[2]!.dimension = 'nowhere'
    const paths = problemsOf(input).map((p) => `${p.path}: ${p.message}`)
    expect(paths).toContain('questions[1].id: duplicate id "bm-1"')
    expect(paths).toContain('questions[2].dimension: unknown dimension "nowhere"')
  })

  it('rejects non-positive weights', () => {
    const input = valid()
    input.dimensions[0]!.weight = 0
    expect(problemsOf(input)).toContainEqual({ path: 'dimensions[0].weight', message: 'must be greater than 0' })
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
      message: '"not needed for our business" is only offered on tools-layer questions',
    })
  })

  it('requires the business-model dimension to exist and belong to the foundation', () => {
    const input = valid()
    input.scoring.businessModelDimension = 'tech'
    expect(problemsOf(input)).toContainEqual({
      path: 'scoring.businessModelDimension',
      message: 'must be a foundation-layer dimension',
    })
  })

  it('reports invalid JSON as one problem, not an exception', () => {
    const result = parseQuestionnaire('{ "id": ')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems[0]!.message).toMatch(/^not valid JSON/)
  })

  it('rejects unknown fields so typos are caught', () => {
    const input = { ...valid(), titel: { de: 'x', en: 'x' } }
    expect(problemsOf(input)[0]!.message).toMatch(/titel/)
  })
})
