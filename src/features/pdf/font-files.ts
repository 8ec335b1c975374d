import bold from '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf?url'
import italic from '@expo-google-fonts/source-sans-3/400Regular_Italic/SourceSans3_400Regular_Italic.ttf?url'
import regular from '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf?url'
import type { PdfFontFiles } from './fonts.ts'

/** The font files as assets of this build: same origin, precached with the app, never a CDN. */
export const browserFontFiles: PdfFontFiles = { regular, italic, bold }
