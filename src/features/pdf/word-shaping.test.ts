import { Font } from '@react-pdf/renderer'
import fc from 'fast-check'
import { nodeFontFiles } from './font-files.node.ts'
import { loadPdfFonts, PDF_FONT } from './fonts.ts'
import { forgetShapedWords, type ShapingFont } from './word-shaping.ts'

interface Shaped {
  glyphs: { id: number }[]
  positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[]
}
type Font = ShapingFont & { _glyphs: unknown }

/** What ends up in the PDF: which glyphs, and where each one goes. */
function placed(run: Shaped) {
  return run.glyphs.map((glyph, i) => {
    const { xAdvance, yAdvance, xOffset, yOffset } = run.positions[i]!
    return [glyph.id, xAdvance, yAdvance, xOffset, yOffset]
  })
}

/** The three fonts as the PDF uses them (shaping word by word), each with fontkit's own layout beside it. */
async function pdfFonts() {
  await loadPdfFonts(nodeFontFiles)
  return (Font.getRegisteredFonts()[PDF_FONT]?.sources ?? []).map((source) => {
    const font = source.data as unknown as Font
    const ownLayout = (Object.getPrototypeOf(font) as ShapingFont).layout
    return {
      /** As a new document starts: no glyphs made, no words shaped. */
      fresh: () => {
        font._glyphs = {}
        forgetShapedWords(font)
      },
      byWord: (text: string) => placed(font.layout(text, undefined, undefined, undefined, 'ltr') as Shaped),
      whole: (text: string) => {
        font._glyphs = {}
        return placed(ownLayout.call(font, text, undefined, undefined, undefined, 'ltr') as Shaped)
      },
    }
  })
}

// Letters of German, Turkish and French names, figures, the report's punctuation, combining marks
// (a name typed decomposed), a soft hyphen, a Cyrillic and a Greek letter.
const characters = [...'aeinrstuAEKMSZßäöüÄÖÜıİşŞğçéèœ0123456789 ,.:;!?-–„“”’·%€()/Øѐжλ', '\u0308', '\u0301', '\u00ad']

describe('shaping word by word', () => {
  test('every glyph and position as fontkit shapes the whole string, for any text', async () => {
    const fonts = await pdfFonts()
    expect(fonts).toHaveLength(3)
    const text = fc.array(fc.constantFrom(...characters), { maxLength: 60 }).map((chars) => chars.join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 2 }), (sample, which) => {
        const font = fonts[which]!
        font.fresh()
        expect(font.byWord(sample)).toEqual(font.whole(sample))
      }),
      { numRuns: 400 },
    )
  })

  test('sentences sharing words, one after another in a document: the words shaped before fit the next', async () => {
    const [regular] = await pdfFonts()
    regular!.fresh()
    for (const sentence of [
      'Gemeinsame Praxis · Ø 2,3 · Stufen 1–4 · Einigkeit 67 % · 2× „Weiß ich nicht“',
      'Einigkeit 67 % über die Praxis: „Weiß ich nicht“ – Stufen 1–4',
      'Office hours: “don’t know” (3×) – fi fl ffi',
    ])
      expect(regular!.byWord(sentence)).toEqual(regular!.whole(sentence))
  })
})
