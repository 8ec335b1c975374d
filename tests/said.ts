import { problemSentence } from '../src/domain/problems/text.ts'
import type { ValidationProblem } from '../src/domain/validation.ts'

/** Problems as an English reader gets them, `{ path, message }`: what tests compare against. */
export function said(problems: readonly ValidationProblem[]): { path: string; message: string }[] {
  return problems.map(({ path, issue, message }) => ({
    path,
    message: issue ? problemSentence(issue, 'en') : (message ?? ''),
  }))
}
