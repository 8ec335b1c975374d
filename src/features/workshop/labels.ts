import type { workshopMessages } from './messages.ts'

type Messages = (typeof workshopMessages)['de']

/** A role's readable name: the default roles are translated, the facilitator's own shown as typed. */
export function roleLabel(t: Messages, role: string | undefined): string {
  if (!role) return t.noRole
  return Object.hasOwn(t.roles, role) ? t.roles[role]! : role
}

/** "Teilnehmende 3" unless names are shown and the person gave one. */
export function participantLabel(
  t: Messages,
  participant: { name?: string | undefined },
  index: number,
  showNames: boolean,
): string {
  return showNames && participant.name ? participant.name : t.participantLabel(index + 1)
}
