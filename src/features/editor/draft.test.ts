import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  addQuestion,
  copyForEditing,
  moveDimension,
  moveQuestion,
  moveQuestionTo,
  nextVersion,
  removeQuestion,
  renameDimension,
  renameQuestion,
} from './draft.ts'
import { checkDraft } from './validation.ts'
import { getIn, setIn } from './path.ts'
import { miniQuestionnaire } from '../../../tests/builders/questionnaire.ts'

const mini = miniQuestionnaire()
const ids = (q: typeof mini, dimension?: string) =>
  q.questions.filter((x) => dimension === undefined || x.dimension === dimension).map((x) => x.id)

describe('copies to edit', () => {
  test('the next version is the next free minor number', () => {
    expect(nextVersion('2.0', new Set())).toBe('2.1')
    expect(nextVersion('2.0', new Set(['2.1', '2.2']))).toBe('2.3')
    expect(nextVersion('1.0.3', new Set())).toBe('1.1')
  })

  test('a new version keeps the id; a fork gets its own id, version 1.0 and no carry-over of the original', () => {
    const withCarry = { ...mini, carryOver: [{ fromVersion: '0.9', questions: { 'bm-a': 'bm-a' } }] }
    expect(copyForEditing(withCarry, { kind: 'version', version: '1.1' })).toMatchObject({ id: 'mini', version: '1.1' })
    const fork = copyForEditing(withCarry, { kind: 'fork', id: 'mein-bogen' })
    expect(fork).toMatchObject({ id: 'mein-bogen', version: '1.0' })
    expect(fork.carryOver).toBeUndefined()
    expect(checkDraft(fork).ok).toBe(true)
  })
})

describe('changes to a draft', () => {
  test('setIn replaces one value and shares the rest', () => {
    const next = setIn(mini, ['questions', 1, 'levels', 2, 'de'], 'Neu')
    expect(getIn(next, ['questions', 1, 'levels', 2, 'de'])).toBe('Neu')
    expect(next.questions[0]).toBe(mini.questions[0])
    expect(mini.questions[1]!.levels[2]!.de).not.toBe('Neu')
  })

  test('a new question lands at the end of its dimension, empty, and the schema names its empty fields', () => {
    const dimension = mini.questions[0]!.dimension
    const { questionnaire, index } = addQuestion(mini, dimension)
    expect(ids(questionnaire, dimension).at(-1)).toBe(questionnaire.questions[index]!.id)
    const check = checkDraft(questionnaire)
    expect(check.byPath.get(`questions[${index}].levels[3].en`)?.map((p) => p.issue?.code)).toEqual(['too_small'])
  })

  test('renaming a dimension or a question keeps every reference to it', () => {
    const d = mini.dimensions.findIndex((x) => x.id === mini.scoring.businessModelDimension)
    const renamed = renameDimension(mini, d, 'modell')
    expect(renamed.scoring.businessModelDimension).toBe('modell')
    expect(checkDraft(renamed).ok).toBe(true)
    expect(checkDraft(renameQuestion(mini, 0, 'erste-frage')).ok).toBe(true)
  })

  test('removing a question removes references to it', () => {
    const withRef = setIn(mini, ['adoption', 'items', 0, 'settleFirst'], [mini.questions[0]!.id])
    const removed = removeQuestion(withRef, 0)
    expect(removed.adoption?.items[0]?.settleFirst).toEqual([])
  })

  test('moving dimensions renumbers their order', () => {
    const { questionnaire, index } = moveDimension(mini, 0, 1)
    expect(index).toBe(1)
    expect(questionnaire.dimensions.map((d) => d.order)).toEqual(mini.dimensions.map((_, i) => i))
    expect(questionnaire.dimensions[1]!.id).toBe(mini.dimensions[0]!.id)
  })

  test('property: moving a question keeps every question and the other dimensions untouched; down then up restores', () => {
    const indices = fc.nat({ max: mini.questions.length - 1 })
    fc.assert(
      fc.property(indices, fc.constantFrom(-1 as const, 1 as const), (index, delta) => {
        const { questionnaire, index: at } = moveQuestion(mini, index, delta)
        expect([...ids(questionnaire)].sort()).toEqual([...ids(mini)].sort())
        const dimension = mini.questions[index]!.dimension
        for (const d of mini.dimensions)
          if (d.id !== dimension) expect(ids(questionnaire, d.id)).toEqual(ids(mini, d.id))
        const back = moveQuestion(questionnaire, at, delta === 1 ? -1 : 1)
        if (at !== index) expect(ids(back.questionnaire)).toEqual(ids(mini))
      }),
    )
  })

  test('property: dragging a question onto another puts it in that place and that dimension', () => {
    const indices = fc.nat({ max: mini.questions.length - 1 })
    fc.assert(
      fc.property(indices, indices, (from, to) => {
        const { questionnaire, index } = moveQuestionTo(mini, from, to)
        expect(questionnaire.questions).toHaveLength(mini.questions.length)
        expect(questionnaire.questions[index]!.id).toBe(mini.questions[from]!.id)
        expect(questionnaire.questions[index]!.dimension).toBe(mini.questions[to]!.dimension)
      }),
    )
  })
})
