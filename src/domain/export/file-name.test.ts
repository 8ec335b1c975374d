import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { exportFileName, slugify } from './file-name.ts'

describe('export file names', () => {
  test('umlauts are transliterated, punctuation becomes one dash', () => {
    expect(slugify('Müller & Söhne')).toBe('mueller-soehne')
    expect(slugify('Müller GmbH & Co. KG')).toBe('mueller-gmbh-co-kg')
    expect(slugify('Bäckerei Groß – Öfen für Süßes')).toBe('baeckerei-gross-oefen-fuer-suesses')
    expect(slugify('ÄRGER ÜBER ÖFEN')).toBe('aerger-ueber-oefen')
    expect(slugify('  Café Crème  ')).toBe('cafe-creme')
  })

  test('names from other alphabets keep their letters: Turkish, Polish, Danish', () => {
    expect(slugify('Ayşe Yılmaz')).toBe('ayse-yilmaz')
    expect(slugify('İpek Łukasz')).toBe('ipek-lukasz')
    expect(slugify('Søren Ærø')).toBe('soren-aero')
  })

  test('emoji and symbols vanish; nothing but symbols gives an empty slug', () => {
    expect(slugify('🎉 Kick-off 🎉')).toBe('kick-off')
    expect(slugify('🎉')).toBe('')
    expect(slugify('')).toBe('')
  })

  test('a version number keeps its dots, a sentence does not', () => {
    expect(slugify('groundwork 2.1')).toBe('groundwork-2.1')
    expect(slugify('Ende. Aus.')).toBe('ende-aus')
  })

  test('every export names the same company the same way', () => {
    const date = new Date(2026, 10, 23, 15, 30)
    expect(exportFileName(['groundwork', 'Müller & Söhne', date], 'pdf')).toBe(
      'groundwork-mueller-soehne-2026-11-23.pdf',
    )
    expect(exportFileName(['Müller & Söhne', '2026-11-23'], 'csv')).toBe('mueller-soehne-2026-11-23.csv')
    expect(exportFileName(['groundwork-antworten', 'Müller & Söhne', date], 'json')).toBe(
      'groundwork-antworten-mueller-soehne-2026-11-23.json',
    )
  })

  test('an empty or missing part is left out; with no part at all the name is "groundwork"', () => {
    const date = new Date(2026, 10, 23, 15, 30)
    expect(exportFileName(['groundwork', undefined, date], 'pdf')).toBe('groundwork-2026-11-23.pdf')
    expect(exportFileName(['groundwork', '„…“', date], 'csv')).toBe('groundwork-2026-11-23.csv')
    expect(exportFileName(['🎉', null], 'json')).toBe('groundwork.json')
  })

  test('any text gives a safe, short slug', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const slug = slugify(text)
        expect(slug).toMatch(/^([a-z0-9]+([-.][a-z0-9]+)*)?$/)
        expect(slug).not.toMatch(/[^0-9]\.|\.[^0-9]/)
        expect(slug.length).toBeLessThanOrEqual(60)
      }),
    )
  })
})
