import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateQuestionnaire } from '../questionnaire/load.ts'
import { validateResponse } from '../response/load.ts'
import { validateWorkshop } from '../team/workshop.ts'
import { validateBackup } from '../workspace/backup.ts'
import { validateRecord } from '../workspace/records.ts'
import { validateBranding } from '../branding/schema.ts'
import type { Result } from '../validation.ts'
import { problemText } from './text.ts'
import { workshopFile } from '../../../tests/builders/workshop.ts'

const params = { seed: 20261202, numRuns: Number(process.env.FC_RUNS ?? 200) }
const groundwork = JSON.parse(
  readFileSync(new URL('../../../questionnaires/groundwork.json', import.meta.url), 'utf8'),
) as Record<string, unknown>

const response = {
  format: 'groundwork-response',
  formatVersion: 2,
  id: 'r-1',
  questionnaire: { id: 'groundwork', version: '2.0' },
  company: { name: 'Muster GmbH' },
  answers: { 'bm-1': { choice: 2, note: 'ok' } },
  adoption: { crm: { choice: 'fewUse' } },
  plan: { 'bm-1': { due: '2026-12-31' } },
  createdAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
}
const workshop = workshopFile({
  roles: ['staff'],
  participants: [{ id: 'p-1', name: 'Anna', source: 'file', answers: { 'bm-1': { choice: 1 } } }],
  consensus: { 'bm-1': 2 },
})

/** Any value: primitives of every kind (numbers out of range, wrong text), lists, objects, nothing. */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, -1, 7, 2.5, 1e9, '', ' ', 'x'.repeat(5000), 'BAD ID', '31.12.2026', true, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
)

/** A valid object with one place, however deep, replaced by a bad value (or a stray field added). */
function mutated(base: Record<string, unknown>) {
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), badValue, fc.boolean())
    .map(([picks, value, stray]) => {
      const copy = structuredClone(base)
      let node: Record<string, unknown> = copy
      for (const [depth, pick] of picks.entries()) {
        const keys = Object.keys(node)
        if (keys.length === 0) break
        const key = keys[pick % keys.length]!
        const child = node[key]
        if (depth === picks.length - 1 || typeof child !== 'object' || child === null) {
          if (stray) node[`extra${pick}`] = value
          else node[key] = value
          break
        }
        node = child as Record<string, unknown>
      }
      return copy
    })
}

// Words of English validation messages: zod's defaults ("Invalid input: expected string, received
// undefined") and the domain's own English sentences. None may reach a German reader.
const ENGLISH = /\b(invalid|input|expected|received|must|allowed|required|missing|should|too (big|small)|the|is not)\b/i

function expectToldInBothLanguages(result: Result<unknown>) {
  if (result.ok) return
  expect(result.problems.length).toBeGreaterThan(0)
  for (const problem of result.problems) {
    expect(problem.issue).toBeDefined()
    const de = problemText(problem, 'de')
    const en = problemText(problem, 'en')
    expect(de.trim().length).toBeGreaterThan(3)
    expect(en.trim().length).toBeGreaterThan(3)
    // A not-JSON detail comes from the JavaScript engine; everything else is ours.
    if (problem.issue?.code !== 'not_json') expect(de).not.toMatch(ENGLISH)
  }
}

describe('every problem from generated bad input is told in German and English', () => {
  it('questionnaires', () => {
    fc.assert(
      fc.property(mutated(groundwork), (q) => expectToldInBothLanguages(validateQuestionnaire(q))),
      params,
    )
  })

  it('responses, workshops and branding', () => {
    fc.assert(
      fc.property(mutated(response), mutated(workshop), fc.dictionary(fc.string(), badValue), (r, w, b) => {
        expectToldInBothLanguages(validateResponse(r))
        expectToldInBothLanguages(validateWorkshop(w))
        expectToldInBothLanguages(validateBranding(b))
      }),
      params,
    )
  })

  it('stored records and backups', () => {
    const record = { id: 'r-1', clientId: null, response, updatedAt: '2026-11-23T10:00:00Z' }
    const backup = {
      format: 'groundwork-workspace',
      formatVersion: 1,
      exportedAt: '2026-11-23T10:00:00Z',
      scope: { kind: 'all' },
      clients: [],
      assessments: [record],
      workshops: [],
      questionnaires: [],
      branding: [],
    }
    fc.assert(
      fc.property(mutated(record), mutated(backup), (a, b) => {
        expectToldInBothLanguages(validateRecord('assessments', a))
        expectToldInBothLanguages(validateBackup(b))
      }),
      params,
    )
  })

  it('anything at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectToldInBothLanguages(validateQuestionnaire(value))
        expectToldInBothLanguages(validateResponse(value))
      }),
      params,
    )
  })
})
