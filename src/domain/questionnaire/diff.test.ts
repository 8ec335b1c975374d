import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { carryOverResponse } from '../response/carry-over.ts'
import { createResponse } from '../response/create.ts'
import { questionnaireArb } from '../../../tests/builders/questionnaire-arbitrary.ts'
import { carryOverVerdicts, compareVersions, versionToCompare, withDerivedCarryOver } from './carry-over-rules.ts'
import { diffQuestionnaires, isEmptyDiff } from './diff.ts'
import type { Questionnaire } from './schema.ts'

const clone = (q: Questionnaire): Questionnaire => structuredClone(q)
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!

describe('diffQuestionnaires', () => {
  it('finds nothing between a questionnaire and itself (or a copy)', () => {
    fc.assert(fc.property(questionnaireArb, (q) => isEmptyDiff(diffQuestionnaires(q, clone(q)))))
  })

  it('reports a reworded question in the language it changed, and its answers carry over', () => {
    fc.assert(
      fc.property(questionnaireArb, fc.nat(), fc.constantFrom('de' as const, 'en' as const), (q, n, locale) => {
        const after = clone(q)
        const question = pick(after.questions, n)
        question.prompt[locale] += ' (neu)'
        const diff = diffQuestionnaires(q, after)
        expect(diff.questionsChanged).toEqual([
          expect.objectContaining({ id: question.id, reworded: [{ field: 'prompt', locales: [locale] }], levels: [] }),
        ])
        expect(carryOverVerdicts(q, { ...after, carryOver: undefined! })).toContainEqual({
          id: question.id,
          carries: true,
          to: question.id,
          explicit: false,
        })
      }),
    )
  })

  it('reports which levels changed, and their answers do not carry over', () => {
    fc.assert(
      fc.property(
        questionnaireArb,
        fc.nat(),
        fc.uniqueArray(fc.integer({ min: 0, max: 4 }), { minLength: 1 }),
        (q, n, levels) => {
          const after = clone(q)
          delete after.carryOver
          const question = pick(after.questions, n)
          for (const level of levels) question.levels[level]!.en += '!'
          const change = diffQuestionnaires(q, after).questionsChanged.find((c) => c.id === question.id)
          expect(change?.levels).toEqual([...levels].sort())
          expect(carryOverVerdicts(q, after)).toContainEqual({
            id: question.id,
            carries: false,
            reason: 'levelsChanged',
          })
        },
      ),
    )
  })

  it('reports added, removed and moved questions, weights and scoring parameters', () => {
    fc.assert(
      fc.property(questionnaireArb, fc.nat(), fc.nat(), (q, n, m) => {
        const after = clone(q)
        const removed = pick(after.questions, n)
        after.questions = after.questions.filter((x) => x !== removed)
        after.questions.push({ ...clone(q).questions[0]!, id: 'brand-new-question' })
        const moved = after.questions[m % after.questions.length]!
        const target = after.dimensions.find((d) => d.id !== moved.dimension)
        if (target) moved.dimension = target.id
        moved.weight += 1
        after.scoring.toolSlack = after.scoring.toolSlack === 50 ? 51 : 50
        const diff = diffQuestionnaires(q, after)
        expect(diff.questionsRemoved).toEqual(removed.id === 'brand-new-question' ? [] : [removed.id])
        expect(diff.questionsAdded).toContain('brand-new-question')
        if (moved.id !== 'brand-new-question') {
          const change = diff.questionsChanged.find((c) => c.id === moved.id)
          expect(change?.weight?.after).toBe(moved.weight)
          if (target) expect(change?.moved?.to).toBe(target.id)
        }
        expect(diff.scoring.map((s) => s.key)).toContain('toolSlack')
      }),
    )
  })

  it('reports dimensions added and removed', () => {
    fc.assert(
      fc.property(questionnaireArb, (q) => {
        const after = clone(q)
        const [gone, ...rest] = after.dimensions
        after.dimensions = [...rest, { ...gone!, id: 'new-area' }]
        const diff = diffQuestionnaires(q, after)
        expect(diff.dimensionsAdded).toEqual(['new-area'])
        expect(diff.dimensionsRemoved).toEqual([gone!.id])
      }),
    )
  })
})

describe('carry-over rules from the diff', () => {
  it('compares versions part by part', () => {
    expect(['1.10', '1.9', '2.0', '1.0.1', '1.0'].sort(compareVersions)).toEqual(['1.0', '1.0.1', '1.9', '1.10', '2.0'])
  })

  it('adds an entry per earlier version the newer one does not list; an explicit list stays authoritative', () => {
    fc.assert(
      fc.property(questionnaireArb, (q) => {
        const v1 = { ...clone(q), version: '1.0', carryOver: undefined! }
        delete (v1 as Partial<Questionnaire>).carryOver
        const v2 = { ...clone(v1), version: '1.1' }
        v2.questions[0]!.levels[2]!.de += ' (geändert)'
        v2.questions.at(-1)!.title.en += ' (reworded)'
        const derived = withDerivedCarryOver(v2, [v1, clone(v2)])
        const entry = derived.carryOver!.find((e) => e.fromVersion === '1.0')!
        expect(Object.hasOwn(entry.questions, v2.questions[0]!.id)).toBe(false)
        if (v2.questions.length > 1) expect(entry.questions[v2.questions.at(-1)!.id]).toBe(v2.questions.at(-1)!.id)
        const explicit = { ...v2, carryOver: [{ fromVersion: '1.0', questions: {} }] }
        expect(withDerivedCarryOver(explicit, [v1])).toBe(explicit)
      }),
    )
  })

  it('moves the answers the rules keep and lists the others as left behind', () => {
    fc.assert(
      fc.property(
        questionnaireArb.filter((q) => q.questions.length >= 2),
        (q) => {
          const v1 = { ...clone(q), version: '1.0' }
          delete (v1 as Partial<Questionnaire>).carryOver
          const v2 = { ...clone(v1), version: '1.1' }
          const [changed, reworded] = v2.questions
          changed!.levels[0]!.en += ' (new meaning)'
          reworded!.prompt.de += ' (neu formuliert)'
          const response = createResponse(v1, 'r', new Date(0))
          response.answers = Object.fromEntries(v1.questions.map((x) => [x.id, { choice: 3 }]))
          const moved = carryOverResponse(response, withDerivedCarryOver(v2, [v1]), new Date(0))
          if (!moved.ok) throw new Error('expected the answers to move')
          expect(moved.value.summary.dropped).toEqual([changed!.id])
          expect(moved.value.response.answers[reworded!.id]).toEqual({ choice: 3 })
        },
      ),
    )
  })
})

describe('versionToCompare', () => {
  it('picks the same version when it would be replaced, else the latest earlier one', () => {
    fc.assert(
      fc.property(questionnaireArb, (q) => {
        const at = (version: string) => ({ ...clone(q), version })
        const next = at('1.5')
        expect(
          versionToCompare(next, [at('1.0'), at('1.4'), at('2.0'), { ...at('1.4.9'), id: 'other-id' }])?.version,
        ).toBe('1.4')
        expect(versionToCompare(next, [at('1.4'), clone(next)])).toBeUndefined()
        const changed = { ...at('1.5'), title: { de: 'Anders', en: 'Different' } }
        expect(versionToCompare(next, [at('1.4'), changed])).toBe(changed)
        expect(versionToCompare(next, [at('2.0')])).toBeUndefined()
      }),
      { numRuns: 20 },
    )
  })
})
