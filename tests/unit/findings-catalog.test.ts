import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseQuestionnaire, scoreResponse, validateQuestionnaire, type Questionnaire } from '../../src/domain/index.ts'
import { tellFindings } from '../../src/i18n/findings.ts'

const raw = JSON.parse(
  readFileSync(new URL('../../questionnaires/groundwork.json', import.meta.url), 'utf8'),
) as Record<string, unknown>
const parsed = parseQuestionnaire(JSON.stringify(raw))
if (!parsed.ok) throw new Error('questionnaires/groundwork.json is invalid')
const questionnaire: Questionnaire = parsed.value

const toolFirst = {
  format: 'groundwork-response' as const,
  formatVersion: 2 as const,
  id: 'r',
  questionnaire: { id: questionnaire.id, version: questionnaire.version },
  answers: Object.fromEntries(questionnaire.questions.map((q) => [q.id, { choice: 1 as const }])),
  adoption: Object.fromEntries(questionnaire.adoption!.items.map((i) => [i.id, { choice: 'fewUse' as const }])),
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
}

describe("a consultant's own words for a finding", () => {
  it('replaces title and text in the language shown, keeps the rule and the list of names', () => {
    const checked = validateQuestionnaire({
      ...raw,
      findings: {
        boughtBarelyUsed: {
          title: { de: 'Lizenzen ohne Nutzen', en: 'Licences without use' },
          text: { de: 'Sprechen wir über Ihre Lizenzen.', en: 'Let us talk about your licences.' },
        },
      },
    })
    expect(checked.ok).toBe(true)
    const own = checked.ok ? checked.value : questionnaire
    const report = scoreResponse(own, toolFirst)
    const told = tellFindings(report, own, 'de', 'you').find((f) => f.key === 'boughtBarelyUsed')!
    expect(told.title).toBe('Lizenzen ohne Nutzen')
    expect(told.paragraphs).toEqual(['Sprechen wir über Ihre Lizenzen.'])
    expect(told.list?.items).toContain('Kundenverwaltung / CRM')
    // Findings it does not reword keep the default words.
    const other = tellFindings(report, own, 'en', 'you').find((f) => f.key === 'adoptionAheadOfFoundation')!
    expect(other.title).toBe('Tools bought before the business is understood')
  })

  it('names a finding kind that does not exist, and where', () => {
    const checked = validateQuestionnaire({ ...raw, findings: { toolsAhead: { title: { de: 'x', en: 'x' } } } })
    expect(checked.ok).toBe(false)
    expect(!checked.ok && checked.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^findings/)]),
    )
  })
})
