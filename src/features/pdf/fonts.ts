import { Font } from '@react-pdf/renderer'

/** The embedded typeface: Source Sans 3 (SIL Open Font License), full Latin with „“ ’ – € ß. */
export const PDF_FONT = 'Source Sans 3'

/** Where the font files are: Vite asset URLs in the browser, file paths in Node. */
export interface PdfFontFiles {
  regular: string
  italic: string
  bold: string
}

let registered: string | null = null

/**
 * Registers the typeface afresh: call it before every document. fontkit's subsetter, embedding a
 * document's fonts, caches the parts of composite glyphs (the dotless ı inside i, ü, ö …) without
 * their characters; a later document that reused the font would then map ı to nothing, and its text
 * layer would read "Ayşe Y lmaz". New font objects per document keep every name whole.
 */
export function registerPdfFonts(files: PdfFontFiles): void {
  const key = JSON.stringify(files)
  if (registered === key) {
    for (const source of Font.getRegisteredFonts()[PDF_FONT]?.sources ?? []) {
      source.data = null
      source.loadResultPromise = null
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
  // The bundled hyphenation patterns are English: German words would break in the wrong places.
  // Break only where the text already allows it (soft hyphens).
  // Names and words never break inside, which also keeps them whole in the text layer.
  Font.registerHyphenationCallback((word) => (word.includes('\u00ad') ? word.split(/(?<=\u00ad)/) : [word]))
  registered = key
}
