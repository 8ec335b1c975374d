import type { SheetProblem } from './problems.ts'

/** Larger files are refused before they are opened: a questionnaire of 500 questions is well under 1 MB. */
export const MAX_SPREADSHEET_MB = 5

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  signature.every((byte, i) => bytes[offset + i] === byte)

/** Whether the bytes hold this ASCII text anywhere (zip archives list their file names uncompressed). */
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = [...text].map((c) => c.charCodeAt(0))
  const first = needle[0]
  outer: for (
    let i = bytes.indexOf(first!);
    i >= 0 && i <= bytes.length - needle.length;
    i = bytes.indexOf(first!, i + 1)
  ) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** What the workbook's parts may add up to once unpacked: a zip bomb is refused before it is unpacked. */
export const MAX_UNPACKED_MB = 100

/**
 * The sum of the uncompressed sizes the zip's central directory declares, or Infinity when the
 * directory cannot be found or uses zip64 (far beyond any questionnaire).
 */
export function declaredUnpackedSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const earliest = Math.max(0, bytes.length - 22 - 0xffff)
  let end = -1
  for (let i = bytes.length - 22; i >= earliest; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  if (end < 0) return Infinity
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return Infinity
    const size = view.getUint32(at + 24, true)
    if (size === 0xffffffff) return Infinity
    total += size
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return total
}

const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * Tells an .xlsx apart from what people also call "Excel files" before any parser sees it: an old
 * .xls (an OLE compound file), an OpenDocument .ods (a zip whose `mimetype` says so), anything else.
 * Returns the problem, or null when the bytes look like an .xlsx workbook.
 */
export function checkSpreadsheetBytes(bytes: Uint8Array): SheetProblem | null {
  if (bytes.length > MAX_SPREADSHEET_MB * 1024 * 1024) return { code: 'tooLarge', detail: String(MAX_SPREADSHEET_MB) }
  if (startsWith(bytes, OLE)) return { code: 'xls' }
  if (!startsWith(bytes, ZIP)) return { code: 'notSpreadsheet' }
  if (contains(bytes.subarray(0, 200), 'application/vnd.oasis.opendocument')) return { code: 'ods' }
  if (!contains(bytes, 'xl/workbook.xml')) return { code: 'notSpreadsheet' }
  const unpacked = declaredUnpackedSize(bytes)
  if (unpacked === Infinity) return { code: 'unreadable', detail: 'zip directory' }
  if (unpacked > MAX_UNPACKED_MB * 1024 * 1024) return { code: 'unpackedTooLarge', detail: String(MAX_UNPACKED_MB) }
  return null
}
