import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkResponseFits, scoreResponse, validateResponse, type AssessmentResponse } from '../../src/domain/index.ts'
import { EXAMPLE_COMPANIES, EXAMPLE_NAMES, type ExampleName } from '../../src/features/examples/example-names.ts'
import { loadQuestionnaireFile } from '../builders/questionnaire.ts'

const questionnaire = loadQuestionnaireFile('groundwork.json')

/** An example file as the app reads it: through the domain's one door for response files. */
function example(name: ExampleName): AssessmentResponse {
  const checked = validateResponse(
    JSON.parse(readFileSync(new URL(`../../questionnaires/examples/${name}.json`, import.meta.url), 'utf8')),
  )
  if (!checked.ok)
    throw new Error(
      `questionnaires/examples/${name}.json: ${checked.problems[0]?.path}: ${checked.problems[0]?.message}`,
    )
  return checked.value
}

const kinds = (response: AssessmentResponse) => scoreResponse(questionnaire, response).findings.map((f) => f.kind)

describe('the example reports shipped in questionnaires/examples/', () => {
  it.each(EXAMPLE_NAMES)('%s is a valid, complete response to the default questionnaire', (name) => {
    const response = example(name)
    expect(checkResponseFits(response, questionnaire)).toEqual([])
    expect(scoreResponse(questionnaire, response).completeness.partial).toBe(false)
    // Every kind of tool is answered: the map and the adoption findings have something to read.
    expect(Object.keys(response.adoption ?? {}).sort()).toEqual(questionnaire.adoption!.items.map((i) => i.id).sort())
    expect(response.company?.name).toBe(EXAMPLE_COMPANIES[name])
  })

  it('the tool-first company gets the finding the seeds warn about: tools bought before the business is understood', () => {
    const report = scoreResponse(questionnaire, example('tool-first'))
    expect(kinds(example('tool-first'))).toEqual(
      expect.arrayContaining(['adoptionAheadOfFoundation', 'boughtBarelyUsed']),
    )
    expect(report.verdict).toBe('adoptionAhead')
    expect(report.quadrant).toBe('toolsFirst')
  })

  it('the grounded small firm raises no alarm about its tools, and its foundation carries tools', () => {
    const report = scoreResponse(questionnaire, example('grounded-small'))
    expect(kinds(example('grounded-small'))).not.toContain('adoptionAheadOfFoundation')
    expect(kinds(example('grounded-small'))).not.toContain('boughtBarelyUsed')
    expect(kinds(example('grounded-small'))).toContain('foundationCarriesTools')
    expect(report.quadrant).toBe('groundedLean')
  })

  it('the advanced company stands on a high foundation, ahead of the other two', () => {
    const [toolFirst, grounded, advanced] = (['tool-first', 'grounded-small', 'advanced'] as const).map((name) =>
      scoreResponse(questionnaire, example(name)),
    )
    expect(advanced!.foundationIndex).toBeGreaterThanOrEqual(75)
    expect(advanced!.foundationIndex).toBeGreaterThan(grounded!.foundationIndex!)
    expect(grounded!.foundationIndex).toBeGreaterThan(toolFirst!.foundationIndex!)
    expect(advanced!.verdict).not.toBe('adoptionAhead')
    expect(advanced!.quadrant).toBe('groundedEquipped')
  })
})
