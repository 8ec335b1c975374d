import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { exportFileName, slugify } from './file-name.ts'

describe('export file names', () => {
  test('umlauts are transliterated, punctuation becomes one dash', () => {
    expect(slugify('Müller GmbH & Co. KG')).toBe('mueller-gmbh-co-kg')
    expect(slugify('Bäckerei Groß – Öfen für Süßes')).toBe('baeckerei-gross-oefen-fuer-suesses')
    expect(slugify('  Café Crème  ')).toBe('cafe-creme')
  })

  test('names from other alphabets keep their letters: Turkish, Polish, Danish', () => {
    expect(slugify('Ayşe Yılmaz')).toBe('ayse-yilmaz')
    expect(slugify('İpek Łukasz')).toBe('ipek-lukasz')
    expect(slugify('Søren Ærø')).toBe('soren-aero')
  })

  test('company and date in the name; without a company only the date', () => {
    const date = new Date(2026, 10, 23, 15, 30)
    expect(exportFileName('Müller GmbH', date, 'pdf')).toBe('groundwork-mueller-gmbh-2026-11-23.pdf')
    expect(exportFileName(undefined, date, 'pdf')).toBe('groundwork-2026-11-23.pdf')
    expect(exportFileName('„…“', date, 'csv')).toBe('groundwork-2026-11-23.csv')
  })

  test('any text gives a safe, short slug', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const slug = slugify(text)
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/)
        expect(slug.length).toBeLessThanOrEqual(60)
      }),
    )
  })
})
