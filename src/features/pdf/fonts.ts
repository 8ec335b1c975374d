import { Font } from '@react-pdf/renderer'
import { forgetShapedWords, shapeWordByWord, type ShapingFont } from './word-shaping.ts'

/** The embedded typeface: Source Sans 3 (SIL Open Font License), full Latin with „“ ’ – € ß. */
export const PDF_FONT = 'Source Sans 3'

/** Where the font files are: Vite asset URLs in the browser, file paths in Node. */
export interface PdfFontFiles {
  regular: string
  italic: string
  bold: string
}

let registered: string | null = null
/** A load of the three files started ahead of the first document (see loadPdfFonts), until it settles. */
let loading: Promise<void> | null = null

/** What fontkit keeps of every glyph it has made (a private field: checked before it is cleared). */
interface GlyphCache {
  _glyphs?: unknown
}

/**
 * Registers the typeface, or readies the registered one for the next document: call it before every
 * document. fontkit keeps each glyph object it makes, with the characters it was first made for. The
 * subsetter, embedding a document's fonts, makes the parts of composite glyphs (the dotless ı inside
 * i, ü, ö …) without their characters; a later document that reused them would map ı to nothing, and
 * its text layer would read "Ayşe Y lmaz". So each document starts with an empty glyph cache, and keeps
 * the fetched and parsed font (fetched again, the three files held up each later PDF's layout by a trip
 * through the service worker: some 40 ms in a cold trace).
 * Should fontkit ever store its glyphs elsewhere, the font is loaded afresh, as it was before.
 */
export function registerPdfFonts(files: PdfFontFiles): void {
  const key = JSON.stringify(files)
  if (registered === key) {
    for (const source of Font.getRegisteredFonts()[PDF_FONT]?.sources ?? []) {
      const font = source.data as GlyphCache | null
      // Not loaded: still loading ahead (loadPdfFonts), or its load failed and is tried again.
      if (!font) {
        if (!loading) source.loadResultPromise = null
      } else if (typeof font._glyphs === 'object' && font._glyphs !== null) {
        font._glyphs = {}
        forgetShapedWords(font as GlyphCache & ShapingFont)
      } else {
        source.data = null
        source.loadResultPromise = null
      }
    }
    return
  }
  Font.register({
    family: PDF_FONT,
    fonts: [
      { src: files.regular, fontWeight: 400 },
      { src: files.italic, fontWeight: 400, fontStyle: 'italic' },
      { src: files.bold, fontWeight: 700 },
    ],
  })
  // Every font shapes word by word once loaded (see word-shaping.ts), however its load was started.
  for (const source of Font.getRegisteredFonts()[PDF_FONT]?.sources ?? []) {
    const load = source.load.bind(source)
    source.load = async () => {
      await load()
      if (source.data && 'layout' in source.data) shapeWordByWord(source.data as unknown as ShapingFont)
    }
  }
  // The bundled hyphenation patterns are English: German words would break in the wrong places.
  // Break only where the text already allows it (soft hyphens).
  // Names and words never break inside, which also keeps them whole in the text layer.
  Font.registerHyphenationCallback((word) => (word.includes('\u00ad') ? word.split(/(?<=\u00ad)/) : [word]))
  registered = key
}

/**
 * Registers the typeface and starts fetching and parsing its three files at once, before a document
 * asks for them: the PDF worker calls it as it starts, so the fonts load while its first request is
 * still being read. A failed load (offline) is tried again by the next document.
 */
export function loadPdfFonts(files: PdfFontFiles): Promise<void> {
  registerPdfFonts(files)
  const styles = [{ fontWeight: 400 }, { fontWeight: 400, fontStyle: 'italic' as const }, { fontWeight: 700 }]
  loading ??= Promise.all(styles.map((style) => Font.load({ fontFamily: PDF_FONT, ...style })))
    .then(() => undefined)
    .finally(() => (loading = null))
  return loading
}
