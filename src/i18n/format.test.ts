import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { roundScore } from '../domain/index.ts'
import { createFormat } from './format.ts'

const de = createFormat('de')
const en = createFormat('en')

/** Reads a shown figure back: "+12,5" / "−3,0" / "±0,0" → 12.5 / -3 / 0. */
function readBack(shown: string): number {
  return Number(shown.replace('±', '').replace('−', '-').replace('+', '').replace(',', '.'))
}

const scores = fc.double({ min: 0, max: 100, noNaN: true })
const differences = fc.double({ min: -100, max: 100, noNaN: true })

describe('one format for every screen and the PDF', () => {
  test('worked examples: German comma, English point, a dash for none', () => {
    expect(de.score(72.46)).toBe('72,5')
    expect(en.score(72.46)).toBe('72.5')
    expect(de.score(null)).toBe('–')
    expect(de.signed(3.2)).toBe('+3,2')
    expect(de.signed(-0.04)).toBe('±0,0')
    expect(de.percent(0.25)).toBe('25\u00a0%')
    expect(de.number(1.5)).toBe('1,5')
    expect(de.list(['A', 'B', 'C'])).toBe('A, B und C')
  })

  test('a change is the difference of the figures shown: 19,6 → 22,8 moved by +3,2, not +3,1', () => {
    expect(de.change(19.64, 22.76)).toBe('+3,2')
    expect(de.change(null, 22.76)).toBe('–')
  })

  test('a calendar day is the same day in every time zone; a timestamp reads in local time', () => {
    expect(de.date('2026-11-23')).toBe('23. November 2026')
    expect(en.date('2026-11-23')).toBe('23 November 2026')
    expect(de.date(new Date(2026, 10, 23, 23, 30))).toBe('23. November 2026')
  })

  test('a signed difference reads back as the value rounded to the shown decimal', () => {
    fc.assert(
      fc.property(differences, (value) => {
        expect(readBack(de.signed(value))).toBeCloseTo(roundScore(value), 10)
        expect(readBack(en.signed(value))).toBeCloseTo(roundScore(value), 10)
      }),
    )
  })

  test('never "-0,0": zero is ±0,0 and every other sign is explicit', () => {
    fc.assert(
      fc.property(differences, (value) => {
        const shown = de.signed(value)
        expect(shown).toMatch(/^(±0,0|[+−]\d+,\d)$/)
        expect(shown).not.toMatch(/^[+−]0,0$/)
      }),
    )
  })

  test('a change adds up with the two scores as shown', () => {
    fc.assert(
      fc.property(scores, scores, (before, after) => {
        const sum = readBack(de.score(before)) + readBack(de.change(before, after))
        expect(sum).toBeCloseTo(readBack(de.score(after)), 10)
      }),
    )
  })

  test('German scores use a comma, English ones a point, each with one decimal', () => {
    fc.assert(
      fc.property(scores, (score) => {
        expect(de.score(score)).toMatch(/^\d+,\d$/)
        expect(en.score(score)).toMatch(/^\d+\.\d$/)
      }),
    )
  })
})
