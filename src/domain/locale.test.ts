import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { preferredLocale } from './locale.ts'

const params = { seed: 20261202, numRuns: Number(process.env.FC_RUNS ?? 200) }

/** A language tag that is neither German nor English: "fr", "pt-BR", "zh-Hant-TW", "deu" (not "de"), … */
const otherTag = fc
  .tuple(fc.stringMatching(/^[a-z]{2,3}$/), fc.array(fc.stringMatching(/^[A-Za-z0-9]{2,8}$/), { maxLength: 2 }))
  .filter(([primary]) => primary !== 'de' && primary !== 'en')
  .map(([primary, rest]) => [primary, ...rest].join('-'))
const germanTag = fc.constantFrom('de', 'de-DE', 'de-AT', 'de-CH', 'DE-de', 'de-LI')
const englishTag = fc.constantFrom('en', 'en-US', 'en-GB', 'en-IE', 'EN', 'en-AU')

describe('the language of a first visit', () => {
  test('worked examples', () => {
    expect(preferredLocale(['en-US', 'en'])).toBe('en')
    expect(preferredLocale(['de-AT', 'en-GB'])).toBe('de')
    expect(preferredLocale(['fr-FR', 'en-GB', 'de'])).toBe('en')
    expect(preferredLocale(['fr-FR', 'it'])).toBe('de')
    expect(preferredLocale([])).toBe('de')
  })

  test('any other languages first do not matter: the first German or English one decides', () => {
    fc.assert(
      fc.property(
        fc.array(otherTag, { maxLength: 5 }),
        fc.oneof(
          germanTag.map((tag) => ['de', tag] as const),
          englishTag.map((tag) => ['en', tag] as const),
        ),
        fc.array(fc.oneof(otherTag, germanTag, englishTag), { maxLength: 5 }),
        (others, [expected, tag], rest) => {
          expect(preferredLocale([...others, tag, ...rest])).toBe(expected)
        },
      ),
      params,
    )
  })

  test('with neither German nor English among them, German', () => {
    fc.assert(
      fc.property(fc.array(otherTag, { maxLength: 8 }), (languages) => {
        expect(preferredLocale(languages)).toBe('de')
      }),
      params,
    )
  })
})
