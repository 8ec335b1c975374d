// Hostile and malformed input: generated questionnaires, response files and share codes never
// crash the parsers or the CLI, and every failure comes back as problems naming a path.
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run.ts'
import {
  decodeShareCode,
  parseQuestionnaire,
  parseResponse,
  parseResponseFor,
  parseWorkshop,
  validateQuestionnaire,
  type ValidationProblem,
} from '../../src/domain/index.ts'

const runs = Number(process.env.FC_RUNS ?? 150)
const params = { seed: 20261123, numRuns: runs }
const groundworkText = readFileSync(new URL('../../questionnaires/groundwork.json', import.meta.url), 'utf8')
const groundwork = JSON.parse(groundworkText) as Record<string, unknown>
const parsedGroundwork = parseQuestionnaire(groundworkText)
if (!parsedGroundwork.ok) throw new Error('default questionnaire invalid')

const hostileString = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '"; DROP TABLE',
    '\u0000\u202e',
    '=cmd|calc',
  ),
  fc.string({ maxLength: 50 }),
  fc.integer({ min: 4_001, max: 200_000 }).map((n) => 'x'.repeat(n)),
)
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')
const deep = fc
  .integer({ min: 50, max: 3_000 })
  .map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown)
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  hostileString,
  deep,
  fc.dictionary(hostileKey, fc.jsonValue()),
  fc.constantFrom(null, -1, 1e308, Number.NaN, true, [], {}),
)

/** The default questionnaire with one place (chosen at random) replaced by a hostile value. */
const mutatedQuestionnaire = fc.tuple(fc.nat(), fc.nat(), fc.nat(), hostileValue).map(([a, b, c, value]) => {
  const copy = structuredClone(groundwork) as Record<string, unknown>
  const keys = Object.keys(copy)
  const top = keys[a % keys.length]!
  const node = copy[top]
  if (Array.isArray(node) && node.length > 0) {
    const item = node[b % node.length] as Record<string, unknown>
    const itemKeys = Object.keys(item)
    item[itemKeys[c % itemKeys.length]!] = value
  } else copy[top] = value
  return copy
})

function expectProblems(problems: readonly ValidationProblem[]) {
  expect(problems.length).toBeGreaterThan(0)
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string')
    expect(problem.issue).toBeDefined()
  }
}

describe('hostile questionnaires', () => {
  it('are rejected with problems, never an exception, and pollute nothing', () => {
    fc.assert(
      fc.property(mutatedQuestionnaire, (candidate) => {
        const result = validateQuestionnaire(candidate)
        if (!result.ok) expectProblems(result.problems)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      params,
    )
  })

  it('make the CLI exit 1 with a list of problems, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          mutatedQuestionnaire.map((q) => JSON.stringify(q)),
          fc.string({ maxLength: 200 }),
        ),
        (text) => {
          const out: string[] = []
          const code = runCli(['validate', 'q.json'], { readFile: () => text, out: (l) => out.push(l), err: () => {} })
          expect([0, 1]).toContain(code)
          if (code === 1) expect(out.length).toBeGreaterThan(0)
        },
      ),
      params,
    )
  })

  it('survive JSON nested 100,000 levels deep', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000)
    const result = parseQuestionnaire(text)
    expect(result.ok).toBe(false)
  })
})

describe('hostile response and workshop files', () => {
  const validResponse = {
    format: 'groundwork-response',
    formatVersion: 1,
    id: 'r',
    questionnaire: { id: 'groundwork', version: '1.0' },
    answers: { 'bm-value-statement': { choice: 2 } },
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
  }
  const mutatedResponse = fc.tuple(fc.nat(), hostileValue).map(([i, value]) => {
    const copy = structuredClone(validResponse) as Record<string, unknown>
    const keys = Object.keys(copy)
    copy[keys[i % keys.length]!] = value
    return JSON.stringify(copy)
  })

  it('come back as problems, including wrong versions and other questionnaires', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedResponse, fc.string()), (text) => {
        for (const result of [parseResponse(text), parseResponseFor(text, parsedGroundwork.value), parseWorkshop(text)])
          if (!result.ok) expectProblems(result.problems)
      }),
      params,
    )
  })

  it('keep markup as inert text', () => {
    const withMarkup = {
      ...validResponse,
      answers: { 'bm-value-statement': { choice: 2, note: '<img src=x onerror=alert(1)>' } },
    }
    const result = parseResponse(JSON.stringify(withMarkup))
    expect(result.ok && result.value.answers['bm-value-statement']?.note).toBe('<img src=x onerror=alert(1)>')
  })
})

describe('hostile share codes', () => {
  it('come back as problems', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 400 }), fc.base64String({ maxLength: 400 })), async (code) => {
        const result = await decodeShareCode(
          code.replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', ''),
          parsedGroundwork.value,
        )
        if (!result.ok) expectProblems(result.problems)
      }),
      { ...params, numRuns: Math.min(runs, 100) },
    )
  })
})
