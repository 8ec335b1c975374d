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

/** Today's date as YYYY-MM-DD in local time, for file names. */
export function fileDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const RESPONSE_FILE_PREFIX = { de: 'groundwork-antworten', en: 'groundwork-answers' } as const

/** Downloads a response as `groundwork-antworten-YYYY-MM-DD.json` (English: `groundwork-answers-…`). */
export function downloadResponse(response: unknown, locale: 'de' | 'en', now: Date = new Date()): void {
  downloadJson(`${RESPONSE_FILE_PREFIX[locale]}-${fileDate(now)}.json`, response)
}
