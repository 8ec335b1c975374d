import { createRequire } from 'node:module'
import type { PdfFontFiles } from './fonts.ts'

const require = createRequire(import.meta.url)
const file = (name: string) => require.resolve(`@expo-google-fonts/source-sans-3/${name}`)

/** The font files straight from node_modules, for tests and the bench in Node. */
export const nodeFontFiles: PdfFontFiles = {
  regular: file('400Regular/SourceSans3_400Regular.ttf'),
  italic: file('400Regular_Italic/SourceSans3_400Regular_Italic.ttf'),
  bold: file('700Bold/SourceSans3_700Bold.ttf'),
}
