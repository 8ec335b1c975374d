import type { Workshop } from '../../domain/index.ts'
import { appBase, inviteLink } from './links.ts'

/** A person's own invitation: the workshop's link with their name and role, filled in on the join page. */
export function personalInviteLink(
  workshop: Workshop,
  person: { name?: string | undefined; role?: string | undefined },
  base = appBase(),
) {
  const params = new URLSearchParams()
  if (person.name) params.set('name', person.name)
  if (person.role) params.set('role', person.role)
  const extra = params.toString()
  return extra ? `${inviteLink(workshop, base)}&${extra}` : inviteLink(workshop, base)
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
