import { z } from '../zod.ts'

/** A participant's device: the workshop they were invited to, so their answers can be sent back to it. */
export const invitationSchema = z.object({
  workshopId: z.string().check(z.minLength(1), z.maxLength(100)),
  title: z.string().check(z.maxLength(200)),
  questionnaire: z.object({ id: z.string().check(z.maxLength(64)), version: z.string().check(z.maxLength(32)) }),
})
export type Invitation = z.infer<typeof invitationSchema>

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
