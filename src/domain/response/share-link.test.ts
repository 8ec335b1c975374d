import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { createResponse } from './create.ts'
import type { Answers, AssessmentResponse } from './schema.ts'
import { decodeShareCode, encodeShareCode } from './share-link.ts'
import { said } from '../../../tests/said.ts'
import { choiceArb } from '../../../tests/builders/arbitraries.ts'

const params = { seed: 20261123, numRuns: Number(process.env.FC_RUNS ?? 100) }
const questionnaire = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 10, notApplicable: true },
  { id: 'tech', layer: 'tools', questions: 10, notNeeded: true },
])
const ids = questionnaire.questions.map((q) => q.id)

function response(answers: Answers, respondent?: AssessmentResponse['respondent']): AssessmentResponse {
  return {
    ...createResponse(questionnaire, 'resp-42', new Date('2026-11-23T09:30:00.000Z')),
    answers,
    ...(respondent ? { respondent } : {}),
  }
}

describe('share codes', () => {
  it('carry every answer, note and the respondent, and stay short enough for a QR code', async () => {
    const original = response(
      {
        'bm-1': { choice: 4, note: 'Größte Kundengruppe: „Stadtwerke“ – 40 %' },
        'bm-2': { choice: 'notApplicable' },
        'tech-3': { choice: 'notNeeded' },
      },
      { name: 'Jana', role: 'staff' },
    )
    const code = await encodeShareCode(original, questionnaire)
    expect(code).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(code.length).toBeLessThan(400)
    expect(await decodeShareCode(code, questionnaire)).toEqual({ ok: true, value: original })
  })

  it('carry the workshop the answers were given for, and codes without one still read', async () => {
    const forWorkshop = { ...response({ 'bm-1': { choice: 2 } }), workshopId: 'w-klausur' }
    const code = await encodeShareCode(forWorkshop, questionnaire)
    expect(await decodeShareCode(code, questionnaire)).toEqual({ ok: true, value: forWorkshop })
    const without = await decodeShareCode(await encodeShareCode(response({}), questionnaire), questionnaire)
    expect(without.ok && 'workshopId' in without.value).toBe(false)
  })

  it('refuses a code for another questionnaire version, saying which', async () => {
    const other = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 10 }])
    const code = await encodeShareCode(response({ 'bm-1': { choice: 1 } }), questionnaire)
    const result = await decodeShareCode(code, { ...other, version: '2.0' })
    expect(!result.ok && said(result.problems)[0]!.message).toMatch(/“test” version 1\.0, not “test” version 2\.0/)
  })

  it('explains a damaged or cut-off code', async () => {
    const code = await encodeShareCode(response({ 'bm-1': { choice: 1 } }), questionnaire)
    const cut = await decodeShareCode(code.slice(0, 10), questionnaire)
    expect(!cut.ok && said(cut.problems)[0]!.message).toMatch(/damaged or incomplete/)
    const garbage = await decodeShareCode('<script>alert(1)</script>', questionnaire)
    expect(!garbage.ok && said(garbage.problems)[0]!.message).toMatch(/damaged/)
  })

  it('round-trip any answers', async () => {
    const choice = choiceArb('dontKnow', 'notApplicable')
    const answers = fc.dictionary(
      fc.constantFrom(...ids.slice(0, 10)),
      fc.record({ choice, note: fc.string({ minLength: 1, maxLength: 40 }) }, { requiredKeys: ['choice'] }),
    )
    await fc.assert(
      fc.asyncProperty(answers, async (a) => {
        const original = response(a)
        expect(await decodeShareCode(await encodeShareCode(original, questionnaire), questionnaire)).toEqual({
          ok: true,
          value: original,
        })
      }),
      params,
    )
  })

  it('never throw on arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const result = await decodeShareCode(text, questionnaire)
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0)
      }),
      params,
    )
  })
})
