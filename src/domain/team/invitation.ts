/** Reads `q=<id>@<version>` of an invitation. */
export function parseQuestionnaireRef(value: string | null): { id: string; version: string } | null {
  const match = value ? /^([a-z][a-z0-9-]{0,63})@(\d+\.\d+(?:\.\d+)?)$/.exec(value) : null
  return match ? { id: match[1]!, version: match[2]! } : null
}

/** Name and role a personal invitation carries (empty when it is the workshop's common link). */
export function invitedPerson(params: URLSearchParams, roles: string[]): { name: string; role: string } {
  const role = params.get('role') ?? ''
  return { name: (params.get('name') ?? '').slice(0, 200), role: roles.includes(role) ? role : '' }
}

/**
 * How long answering takes, in minutes rounded to five: about 30 to 40 seconds a question
 * (47 questions: 20–30 minutes), never less than 5–10.
 */
export function answeringMinutes(questions: number): { from: number; to: number } {
  const from = Math.max(5, Math.floor((questions * 0.45) / 5) * 5)
  const to = Math.max(from + 5, Math.ceil((questions * 0.6) / 5) * 5)
  return { from, to }
}
