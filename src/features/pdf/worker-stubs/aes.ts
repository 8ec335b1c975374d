// Stands in for '@noble/ciphers/aes' in the PDF worker (vite.config.ts): pdfkit needs it only for
// password-protected PDFs, and builds its tables as it loads. Our PDFs are not encrypted.

function unused(): never {
  throw new Error('The PDF worker does not encrypt PDFs')
}

export const cbc = unused
export const ecb = unused
