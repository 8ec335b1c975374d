import { describe, expect, test } from 'vitest'
import { countedNoun, LABELS, oneOrMany } from './labels.ts'

describe('counted nouns', () => {
  test.each([
    [0, '0 Fragen'],
    [1, '1 Frage'],
    [2, '2 Fragen'],
  ])('%i takes the singular only for exactly one: %s', (count, shown) => {
    expect(countedNoun(count, 'Frage', 'Fragen')).toBe(shown)
  })

  test('the word alone, and the people and levels every team screen counts in both languages', () => {
    expect(oneOrMany(1, 'wartet', 'warten')).toBe('wartet')
    expect(oneOrMany(3, 'wartet', 'warten')).toBe('warten')
    expect([LABELS.de.people(1), LABELS.de.people(5)]).toEqual(['1 Person', '5 Personen'])
    expect([LABELS.en.people(1), LABELS.en.people(5)]).toEqual(['1 person', '5 people'])
    expect([LABELS.de.levelRange(2, 2), LABELS.de.levelRange(1, 3)]).toEqual(['alle Stufe 2', 'Stufen 1–3'])
  })
})
