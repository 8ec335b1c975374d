import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { createResponse } from './create.ts'
import { parseResponseFor } from './fit.ts'
import { checkResponseFits, parseResponse, validateResponse } from './load.ts'
import { migrateResponse } from './migrate.ts'
import type { AssessmentResponse } from './schema.ts'
import { said } from '../../../tests/said.ts'
import type { Result } from '../validation.ts'

/** A result with its problems as an English reader gets them. */
const told = <T>(r: Result<T>) => (r.ok ? r : { ok: false, problems: said(r.problems) })

const params = { seed: 20261123, numRuns: Number(process.env.FC_RUNS ?? 300) }
const questionnaire = buildQuestionnaire([
  { id: 'bm', layer: 'foundation', questions: 2 },
  { id: 'tech', layer: 'tools', questions: 2, notNeeded: true },
])

function response(changes: Partial<AssessmentResponse> = {}): AssessmentResponse {
  return { ...createResponse(questionnaire, 'r-1', new Date('2026-11-23T10:00:00Z')), ...changes }
}

describe('response files', () => {
  it('round-trips through JSON unchanged', () => {
    const original = response({
      answers: {
        'bm-1': { choice: 3, note: 'Steht im Jahresplan – „so weit, so gut“' },
        'tech-1': { choice: 'notNeeded' },
      },
      company: { name: 'Müller & Söhne GmbH' },
    })
    expect(parseResponse(JSON.stringify(original))).toEqual({ ok: true, value: original })
  })

  it('names the path of a bad answer', () => {
    const bad = { ...response(), answers: { 'bm-1': { choice: 7 } } }
    expect(validateResponse(bad)).toMatchObject({ ok: false, problems: [{ path: 'answers.bm-1.choice' }] })
  })

  it('drops prototype-pollution keys without polluting anything', () => {
    const text = `{"format":"groundwork-response","formatVersion":1,"id":"x","questionnaire":{"id":"test","version":"1.0"},"answers":{"__proto__":{"choice":1}},"createdAt":"2026-11-23T10:00:00Z","updatedAt":"2026-11-23T10:00:00Z"}`
    const result = parseResponse(text)
    expect(result.ok && Object.keys(result.value.answers)).toEqual([])
    expect(result.ok && Object.getPrototypeOf(result.value.answers)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).choice).toBeUndefined()
  })

  it('says so when a file is not a Groundwork response', () => {
    expect(parseResponse('{"hello":"world"}')).toMatchObject({ ok: false, problems: [{ path: 'format' }] })
    expect(told(parseResponse('[1,2]'))).toMatchObject({
      ok: false,
      problems: [{ path: '(root)', message: 'must be a JSON object' }],
    })
  })

  it('says so when a response was written by a newer format version', () => {
    const result = validateResponse({ ...response(), formatVersion: 9 })
    expect(!result.ok && said(result.problems)[0]!.message).toMatch(/newer Groundwork/)
  })

  it('refuses answers for another questionnaire or version, naming both', () => {
    const other = response({ questionnaire: { id: 'test', version: '2.0' } })
    expect(said(checkResponseFits(other, questionnaire))).toMatchObject([
      { path: 'questionnaire', message: 'answers questionnaire “test” version 2.0, not “test” version 1.0' },
    ])
  })

  it('refuses unknown questions and options the question does not offer', () => {
    const text = JSON.stringify(response({ answers: { 'bm-9': { choice: 1 }, 'bm-1': { choice: 'notNeeded' } } }))
    const result = parseResponseFor(text, questionnaire)
    expect(told(result)).toMatchObject({
      ok: false,
      problems: [
        { path: 'answers.bm-9', message: 'no such question in this questionnaire' },
        { path: 'answers.bm-1.choice', message: '“notNeeded” is not offered on this question' },
      ],
    })
  })
})

describe('migrations', () => {
  it('upgrades step by step through the registered migrations', () => {
    const steps = {
      1: (old: Record<string, unknown>) => ({ ...old, answers: old.values, values: undefined }),
      2: (old: Record<string, unknown>) => ({ ...old, respondent: { name: old.author } }),
    }
    const old = { format: 'groundwork-response', formatVersion: 1, values: { a: 1 }, author: 'Anna' }
    expect(migrateResponse(old, steps, 3)).toMatchObject({
      ok: true,
      value: { formatVersion: 3, answers: { a: 1 }, respondent: { name: 'Anna' } },
    })
  })

  it('reports a version with no upgrade path', () => {
    expect(told(migrateResponse({ format: 'groundwork-response', formatVersion: 1 }, {}, 2))).toMatchObject({
      ok: false,
      problems: [{ path: 'formatVersion', message: 'no upgrade from version 1' }],
    })
  })
})

describe('parser properties', () => {
  it('never throws on arbitrary text, and always explains a failure', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const result = parseResponse(text)
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0)
      }),
      params,
    )
  })

  it('never throws on arbitrary JSON values, including hostile keys', () => {
    const hostile = fc.oneof(
      fc.jsonValue(),
      fc.record({
        format: fc.constant('groundwork-response'),
        formatVersion: fc.oneof(fc.constant(1), fc.integer()),
        answers: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'bm-1', '<script>'), fc.jsonValue()),
      }),
    )
    fc.assert(
      fc.property(hostile, (value) => {
        const result = validateResponse(JSON.parse(JSON.stringify(value)))
        if (!result.ok) for (const p of said(result.problems)) expect(p.message).not.toBe('')
        expect(Object.prototype).not.toHaveProperty('choice')
      }),
      params,
    )
  })

  it('accepts every well-formed response', () => {
    const choice = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('dontKnow', 'notApplicable', 'notNeeded'))
    const answers = fc.dictionary(
      fc.constantFrom('bm-1', 'bm-2', 'tech-1', 'tech-2'),
      fc.record({ choice, note: fc.string({ maxLength: 50 }) }, { requiredKeys: [] }),
    )
    fc.assert(
      fc.property(answers, (a) => {
        expect(validateResponse({ ...response(), answers: a }).ok).toBe(true)
      }),
      params,
    )
  })
})
