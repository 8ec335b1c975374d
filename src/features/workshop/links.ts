import type { Workshop } from '../../domain/index.ts'

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
  return `${base}#/join?${params.toString()}`
}

/** A participant's answers as a link: the compressed answers travel in the fragment. */
export function shareLink(code: string, workshopId: string | null, base = appBase()): string {
  return `${base}#/share/${code}${workshopId ? `?w=${encodeURIComponent(workshopId)}` : ''}`
}

/** Reads `q=<id>@<version>` of an invitation. */
export function parseQuestionnaireRef(value: string | null): { id: string; version: string } | null {
  const match = value ? /^([a-z][a-z0-9-]{0,63})@(\d+\.\d+(?:\.\d+)?)$/.exec(value) : null
  return match ? { id: match[1]!, version: match[2]! } : null
}
