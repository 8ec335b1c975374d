import { exportFileName } from '../domain/index.ts'

/** Offers a blob as a file download; nothing leaves the browser (a blob: URL, not a request). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later: some browsers read the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Offers data as a JSON file download. */
export function downloadJson(fileName: string, data: unknown): void {
  downloadBlob(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }), fileName)
}

const RESPONSE_FILE_PREFIX = { de: 'groundwork-antworten', en: 'groundwork-answers' } as const

/** Downloads a response as `groundwork-antworten-YYYY-MM-DD.json` (English: `groundwork-answers-…`). */
export function downloadResponse(response: unknown, locale: 'de' | 'en', now: Date = new Date()): void {
  downloadJson(exportFileName([RESPONSE_FILE_PREFIX[locale], now], 'json'), response)
}
