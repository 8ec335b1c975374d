import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { exportFileName, slugify } from './file-name.ts'

describe('export file names', () => {
  test.each([
    {
      rule: 'umlauts are transliterated, punctuation becomes one dash',
      examples: [
        ['Müller & Söhne', 'mueller-soehne'],
        ['Müller GmbH & Co. KG', 'mueller-gmbh-co-kg'],
        ['Bäckerei Groß – Öfen für Süßes', 'baeckerei-gross-oefen-fuer-suesses'],
        ['ÄRGER ÜBER ÖFEN', 'aerger-ueber-oefen'],
        ['  Café Crème  ', 'cafe-creme'],
      ],
    },
    {
      rule: 'names from other alphabets keep their letters: Turkish, Polish, Danish',
      examples: [
        ['Ayşe Yılmaz', 'ayse-yilmaz'],
        ['İpek Łukasz', 'ipek-lukasz'],
        ['Søren Ærø', 'soren-aero'],
      ],
    },
    {
      rule: 'emoji and symbols vanish; nothing but symbols gives an empty slug',
      examples: [
        ['🎉 Kick-off 🎉', 'kick-off'],
        ['🎉', ''],
        ['', ''],
      ],
    },
    {
      rule: 'a version number keeps its dots, a sentence does not',
      examples: [
        ['groundwork 2.1', 'groundwork-2.1'],
        ['Ende. Aus.', 'ende-aus'],
      ],
    },
  ])('$rule', ({ examples }) => {
    for (const [text, slug] of examples) expect(slugify(text!)).toBe(slug)
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
