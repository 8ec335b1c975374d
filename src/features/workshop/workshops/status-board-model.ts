import type { WorkshopParticipant } from '../../../domain/index.ts'

export type InviteStatus = 'invited' | 'answering' | 'received'
export const INVITE_STATUSES: readonly InviteStatus[] = ['invited', 'answering', 'received']

/**
 * Where a person stands: invited (registered, no answers yet), answering (answers being entered
 * live, not complete) or received (their file or link came in, or every question is entered).
 */
export function inviteStatus(participant: WorkshopParticipant, questions: number): InviteStatus {
  const answered = Object.values(participant.answers).filter((a) => a.choice !== undefined).length
  if (participant.source !== 'live') return 'received'
  if (answered === 0) return 'invited'
  return questions > 0 && answered >= questions ? 'received' : 'answering'
}

/** How many people are in each state. */
export function statusCounts(participants: WorkshopParticipant[], questions: number): Record<InviteStatus, number> {
  const counts: Record<InviteStatus, number> = { invited: 0, answering: 0, received: 0 }
  for (const p of participants) counts[inviteStatus(p, questions)] += 1
  return counts
}
