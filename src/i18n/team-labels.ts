/** The words a role or person label needs: every feature's catalog that names people carries them. */
type RoleWords = { roles: Record<string, string>; noRole: string }
type ParticipantWords = { participantLabel: (n: number) => string }

/** A role's readable name: the default roles are translated, the facilitator's own shown as typed. */
export function roleLabel(t: RoleWords, role: string | undefined): string {
  if (!role) return t.noRole
  return Object.hasOwn(t.roles, role) ? t.roles[role]! : role
}

/** "Teilnehmende 3" unless names are shown and the person gave one. */
export function participantLabel(
  t: ParticipantWords,
  participant: { name?: string | undefined },
  index: number,
  showNames: boolean,
): string {
  return showNames && participant.name ? participant.name : t.participantLabel(index + 1)
}
