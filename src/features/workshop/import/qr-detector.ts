/** What the scanner needs of a BarcodeDetector: the browser's own and the ponyfill both fit. */
export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<readonly { rawValue: string }[]>
}

interface BarcodeDetectorClass {
  new (options: { formats: string[] }): QrDetector
  getSupportedFormats(): Promise<string[]>
}

async function nativeQrDetector(): Promise<QrDetector | null> {
  if (!('BarcodeDetector' in window)) return null
  const Native = window.BarcodeDetector as BarcodeDetectorClass
  try {
    return (await Native.getSupportedFormats()).includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null
  } catch {
    return null
  }
}

// The ZXing reader (about 460 KB gzip with its .wasm) loads only when someone starts scanning.
async function ponyfillQrDetector(): Promise<QrDetector> {
  const [{ BarcodeDetector, prepareZXingModule }, { default: wasmUrl }] = await Promise.all([
    import('barcode-detector/ponyfill'),
    import('zxing-wasm/reader/zxing_reader.wasm?url'),
  ])
  // By default zxing-wasm fetches its binary from a CDN; the CSP forbids that and the app must work offline.
  prepareZXingModule({
    overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path) },
  })
  return new BarcodeDetector({ formats: ['qr_code'] })
}

let shared: Promise<QrDetector> | null = null

/**
 * The browser's own QR detector where it has one, else the ZXing ponyfill with the .wasm from our own build.
 * Made once per page: a new ponyfill configuration would compile the .wasm again.
 */
export function qrDetector(): Promise<QrDetector> {
  shared ??= nativeQrDetector()
    .then((native) => native ?? ponyfillQrDetector())
    .catch((error: unknown) => {
      shared = null
      throw error
    })
  return shared
}
