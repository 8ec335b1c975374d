import { describe, expect, it } from 'vitest'
import { adoptionFrom, answersFrom, buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { scoreAnswers } from './score.ts'

// Business model, staff (one weak foundation dimension is possible), technology; five tool kinds,
// the first weighing 2: an adoption index of x/6 · 100 where x is the weight introduced.
const questionnaire = buildQuestionnaire(
  [
    { id: 'bm', layer: 'foundation', weight: 2, questions: 4 },
    { id: 'staff', layer: 'foundation', questions: 4 },
    { id: 'tech', layer: 'tools', questions: 4 },
  ],
  { adoptionAheadMargin: 20, wellUsedShare: 0.6, foundationCarriesFrom: 55, adoptionLagsBelow: 40 },
  [{ id: 'erp', weight: 2 }, { id: 'crm' }, { id: 'shop' }, { id: 'bi' }, { id: 'ai' }],
)
/** The report of a company with these levels per dimension and this tool inventory. */
const scoreCompany = (levels: Parameters<typeof answersFrom>[0], inventory: Parameters<typeof adoptionFrom>[0]) =>
  scoreAnswers(questionnaire, answersFrom(levels), undefined, adoptionFrom(inventory))
const kinds = (report: ReturnType<typeof scoreAnswers>) => report.findings.map((f) => f.kind)

describe('adoption index and use rate', () => {
  it('counts what was introduced among the items answered, weighted; "don\'t know" is left out', () => {
    const report = scoreCompany(
      {},
      { erp: 'mostUse', crm: 'fewUse', shop: 'notIntroduced', bi: 'notNeeded', ai: 'dontKnow' },
    )
    // introduced: erp (2) + crm (1) = 3 of erp, crm, shop, bi = 5 → 60; used by most: erp (2) of 3 → 2/3
    expect(report.adoption?.index).toBe(60)
    expect(report.adoption?.useRate).toBeCloseTo(2 / 3, 10)
    expect(report.adoption).toMatchObject({ barelyUsed: ['crm'], unknown: ['ai'], notNeeded: ['bi'], answered: 5 })
  })

  it('has no index before anything is answered, and none at all without an inventory', () => {
    expect(scoreAnswers(questionnaire, {}).adoption).toMatchObject({ index: null, useRate: null, total: 5 })
    const plain = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 1 }])
    expect(scoreAnswers(plain, {}).adoption).toBeNull()
  })
})

describe('the findings about tools', () => {
  it('a tool-first company: much introduced, used by few, business model weak → adoption ahead, bought barely used', () => {
    // bm levels 1,1,0,0 → 12.5; staff 1,1,1,1 → 25; F = (2·12.5 + 25) / 3 = 16.7
    const report = scoreCompany(
      { bm: [1, 1, 0, 0], staff: [1, 1, 1, 1], tech: [1, 1, 1, 0] },
      { erp: 'mostUse', crm: 'fewUse', shop: 'fewUse', bi: 'fewUse', ai: 'notIntroduced' },
    )
    // introduced 2 + 1 + 1 + 1 = 5 of 6 → 83.3; used by most 2 of 5 → 0.4 < 0.6; 83.3 − 12.5 > 20
    expect(report.adoption?.index).toBeCloseTo(250 / 3, 10)
    expect(kinds(report)).toEqual(['weakBusinessModel', 'adoptionAheadOfFoundation', 'boughtBarelyUsed'])
    expect(report.findings[2]).toMatchObject({ itemIds: ['crm', 'shop', 'bi'], introduced: 4 })
    expect(report.verdict).toBe('adoptionAhead')
  })

  it('lived practice: a solid foundation with little introduced → the foundation carries tools, no adoption alarm', () => {
    // bm 3,3,2,3 → 68.75; staff 3,2,3,2 → 62.5; F = (2·68.75 + 62.5) / 3 = 66.7
    const report = scoreCompany(
      { bm: [3, 3, 2, 3], staff: [3, 2, 3, 2], tech: [1, 2, 1, 'notNeeded'] },
      {
        erp: 'notIntroduced',
        crm: 'notIntroduced',
        shop: 'notNeeded',
        bi: 'mostUse',
        ai: 'notIntroduced',
      },
    )
    // introduced 1 of 6 → 16.7 < 40
    expect(kinds(report)).toEqual(['foundationCarriesTools'])
    expect(report.findings[0]).toMatchObject({ kind: 'foundationCarriesTools', candidateItemIds: ['erp', 'crm', 'ai'] })
  })

  it('tools introduced on a solid business model and used raise no alarm, however weak one other dimension is', () => {
    // bm all 3 → 75; staff all 1 → 25; F = (2·75 + 25) / 3 = 58.3
    const report = scoreCompany(
      { bm: [3, 3, 3, 3], staff: [1, 1, 1, 1], tech: [4, 4, 3, 4] },
      { erp: 'mostUse', crm: 'mostUse', shop: 'mostUse', bi: 'mostUse', ai: 'notIntroduced' },
    )
    expect(report.adoption?.index).toBeCloseTo(500 / 6, 10)
    expect(kinds(report)).toEqual([])
  })

  it('much introduced on a weak business model but used by most: not "ahead", since use carries it', () => {
    const report = scoreCompany(
      { bm: [1, 1, 1, 1], staff: [2, 2, 2, 2] },
      { erp: 'mostUse', crm: 'mostUse', shop: 'mostUse', bi: 'fewUse', ai: 'mostUse' },
    )
    // used by most 5 of 6 → 0.83 ≥ 0.6
    expect(kinds(report)).toEqual(['weakBusinessModel', 'boughtBarelyUsed'])
  })
})
