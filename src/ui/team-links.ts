import type { Workshop } from '../domain/index.ts'
import { paths } from './paths.ts'

/** The app's own address without the route: links work under any sub-path. */
export function appBase(): string {
  return window.location.href.split('#')[0]!
}

/** The invitation a participant opens: everything after `#` stays in the browser. */
export function inviteLink(workshop: Workshop, base = appBase()): string {
  const params = new URLSearchParams({
    w: workshop.id,
    q: `${workshop.questionnaire.id}@${workshop.questionnaire.version}`,
    t: workshop.title,
  })
  for (const role of workshop.roles) params.append('r', role)
  return `${base}#${paths.join(params)}`
}

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

/** A participant's answers as a link: the compressed answers travel in the fragment. */
export function shareLink(code: string, workshopId: string | null, base = appBase()): string {
  return `${base}#${paths.share(code, workshopId ? new URLSearchParams({ w: workshopId }) : undefined)}`
}
