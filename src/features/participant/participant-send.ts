import { exportFileName, type AssessmentResponse } from '../../domain/index.ts'

const PREFIX = { de: 'groundwork-antworten', en: 'groundwork-answers' } as const

/**
 * A response file named after its person, so twelve files in one inbox stay apart:
 * `groundwork-antworten-anna-2026-12-02.json`; without a name just the date.
 */
export function answersFileName(response: AssessmentResponse, locale: 'de' | 'en', now: Date = new Date()): string {
  return exportFileName([PREFIX[locale], response.respondent?.name, now], 'json')
}

/** The system share sheet (phones, some desktops); absent elsewhere, where copying the link serves. */
export function canShare(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.share === 'function'
}

/** Opens the share sheet with the answer link; closing it without choosing is no error. */
export async function shareAnswers(url: string, title: string): Promise<void> {
  try {
    await navigator.share({ title, url })
  } catch {
    // AbortError when the person closes the sheet; the link stays on the page to copy.
  }
}
