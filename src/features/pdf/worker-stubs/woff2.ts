// Stands in for 'brotli/decompress.js' in the PDF worker (vite.config.ts): fontkit needs it only for
// WOFF2 fonts, and unpacks its dictionary as it loads. The PDF embeds TTF files (font-files.ts).

export default function decompressWoff2(): never {
  throw new Error('The PDF worker reads TTF fonts only, not WOFF2')
}
