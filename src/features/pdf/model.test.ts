// @vitest-environment node
import { describe, expect, test } from 'vitest'
import {
  completeResponse,
  defaultQuestionnaire,
  fixtureWorkshop,
  teamParticipants,
} from '../../../tests/builders/sample.ts'
import { buildPdfModel } from './model.ts'

const questionnaire = defaultQuestionnaire()
const base = completeResponse(questionnaire)
const solo = (response: typeof base, locale: 'de' | 'en' = 'de') =>
  buildPdfModel({ kind: 'solo', questionnaire, locale, response })

describe('the company details on the cover', () => {
  test('what the company page asked: industry, size in words, and the role of whoever answered', () => {
    const model = solo(base)
    expect(model.companyFacts).toBe('Branche: Straßen- und Tiefbau · 10 bis 49 Beschäftigte')
    expect(model.answeredBy).toEqual(['Einschätzung von Jürgen Weiß, Geschäftsführer'])
    expect(solo(base, 'en').companyFacts).toBe('Industry: Straßen- und Tiefbau · 10 to 49 employees')
  })

  test('a role without a name, a size typed in an older file, and nothing at all', () => {
    const model = solo({
      ...base,
      respondent: {},
      company: { name: 'Bäckerei Groß', size: 'etwa 30', role: 'Inhaberin' },
    })
    expect(model.companyFacts).toBe('etwa 30')
    expect(model.answeredBy).toEqual(['Selbsteinschätzung · Rolle: Inhaberin'])
    const bare = solo({ ...base, respondent: {}, company: { name: 'Bäckerei Groß', industry: '  ' } })
    expect(bare.companyFacts).toBeNull()
    expect(bare.answeredBy).toEqual(['Selbsteinschätzung'])
  })

  test("a workshop's company details appear the same way", () => {
    const model = buildPdfModel({
      kind: 'team',
      questionnaire,
      locale: 'de',
      workshop: { ...fixtureWorkshop, company: { name: 'Müller GmbH', industry: 'Bau', size: '50–249' } },
      participants: teamParticipants(questionnaire, 3),
    })
    expect(model.company).toBe('Müller GmbH')
    expect(model.companyFacts).toBe('Branche: Bau · 50 bis 249 Beschäftigte')
  })
})
