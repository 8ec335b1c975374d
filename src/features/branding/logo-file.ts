import { MAX_LOGO_BYTES, type LogoType } from '../../domain/index.ts'

export type LogoProblem = 'type' | 'size' | 'broken'
export type LogoCheck =
  { ok: true; dataUrl: string; width: number; height: number } | { ok: false; problem: LogoProblem }

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Width and height from a PNG's IHDR or a JPEG's start-of-frame marker; null if the header is not sound. */
export function imageSize(bytes: Uint8Array, type: LogoType): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (type === 'image/png') {
    if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null
    if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null
    const width = view.getUint32(16)
    const height = view.getUint32(20)
    return width > 0 && height > 0 ? { width, height } : null
  }
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]!
    const length = view.getUint16(at + 2)
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = view.getUint16(at + 5)
      const width = view.getUint16(at + 7)
      return width > 0 && height > 0 ? { width, height } : null
    }
    at += 2 + length
  }
  return null
}

function dataUrl(bytes: Uint8Array, type: LogoType): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return `data:${type};base64,${btoa(binary)}`
}

/** The browser's own decoder, where there is one: a header can look right and the image still be broken. */
async function decodes(file: Blob): Promise<boolean> {
  if (typeof createImageBitmap !== 'function') return true
  try {
    const bitmap = await createImageBitmap(file)
    bitmap.close()
    return true
  } catch {
    return false
  }
}

/** Checks a chosen logo file: PNG or JPEG, at most 500 KB, and really an image. */
export async function readLogoFile(file: File): Promise<LogoCheck> {
  const type = file.type === 'image/png' || file.type === 'image/jpeg' ? file.type : null
  if (!type) return { ok: false, problem: 'type' }
  if (file.size > MAX_LOGO_BYTES) return { ok: false, problem: 'size' }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const size = imageSize(bytes, type)
  if (!size || !(await decodes(file))) return { ok: false, problem: 'broken' }
  return { ok: true, dataUrl: dataUrl(bytes, type), ...size }
}
