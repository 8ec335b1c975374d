import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ADOPTION_CHOICES, type AdoptionAnswers, type AdoptionChoice } from '../response/schema.ts'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { scoreAnswers } from './score.ts'

const runs = Number(process.env.FC_RUNS ?? 300)
const params = { seed: 20261202, numRuns: runs }

const questionnaire = buildQuestionnaire(
  [
    { id: 'bm', layer: 'foundation', questions: 2 },
    { id: 'tech', layer: 'tools', questions: 2 },
  ],
  {},
  [{ id: 'erp', weight: 2 }, { id: 'crm' }, { id: 'shop', weight: 0.5 }, { id: 'bi' }],
)
const itemIds = questionnaire.adoption!.items.map((item) => item.id)

const choices = fc.array(fc.option(fc.constantFrom(...ADOPTION_CHOICES), { nil: undefined }), {
  minLength: itemIds.length,
  maxLength: itemIds.length,
})
const toAnswers = (list: readonly (AdoptionChoice | undefined)[]): AdoptionAnswers =>
  Object.fromEntries(list.flatMap((c, i) => (c === undefined ? [] : [[itemIds[i]!, { choice: c }]])))
const adoptionOf = (list: readonly (AdoptionChoice | undefined)[]) =>
  scoreAnswers(questionnaire, {}, undefined, toAnswers(list)).adoption!

describe('adoption properties', () => {
  it('keeps the index within 0–100 and the use rate within 0–1', () => {
    fc.assert(
      fc.property(choices, (list) => {
        const { index, useRate } = adoptionOf(list)
        if (index !== null) expect(index).toBeGreaterThanOrEqual(0)
        if (index !== null) expect(index).toBeLessThanOrEqual(100)
        if (useRate !== null) expect(useRate).toBeGreaterThanOrEqual(0)
        if (useRate !== null) expect(useRate).toBeLessThanOrEqual(1)
      }),
      params,
    )
  })

  it('never lowers the index when one more item is introduced', () => {
    const notYet = ['notIntroduced', 'notNeeded', 'dontKnow', undefined] as const
    fc.assert(
      fc.property(
        choices,
        fc.nat({ max: itemIds.length - 1 }),
        fc.constantFrom(...notYet),
        fc.constantFrom('fewUse', 'mostUse' as const),
        (list, at, before, after) => {
          const lower = list.with(at, before)
          const higher = list.with(at, after)
          expect(adoptionOf(higher).index!).toBeGreaterThanOrEqual(adoptionOf(lower).index ?? 0)
        },
      ),
      params,
    )
  })

  it('never throws on arbitrary inventory objects', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const report = scoreAnswers(questionnaire, {}, undefined, raw as AdoptionAnswers)
        expect(report.adoption?.total).toBe(itemIds.length)
      }),
      params,
    )
  })
})
