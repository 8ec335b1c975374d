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

/** Registers the typeface once per set of files; later calls with the same files do nothing. */
export function registerPdfFonts(files: PdfFontFiles): void {
  const key = JSON.stringify(files)
  if (registered === key) return
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
  Font.registerHyphenationCallback((word) => (word.includes('\u00ad') ? word.split(/(?<=\u00ad)/) : [word]))
  registered = key
}
