import { useId, useState } from 'react'
import type { Workshop } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { participantLabel, roleLabel } from '../../../i18n/team-labels.ts'
import { personalInviteLink } from '../../../ui/team-links.ts'
import { workshopMessages } from '../messages.ts'
import { INVITE_STATUSES, inviteStatus, statusCounts } from './status-board-model.ts'
import { Button } from '../../../ui/button.tsx'
import './status-board.css'

/** Who has been invited, who is answering, whose answers came in — with each person's own invitation. */
export function StatusBoard({ workshop, questions }: { workshop: Workshop; questions: number }) {
  const t = useT(workshopMessages)
  const m = t.status
  const id = useId()
  const [copied, setCopied] = useState('')
  if (workshop.participants.length === 0) return null
  const counts = statusCounts(workshop.participants, questions)
  const copy = async (label: string, link: string) => {
    try {
      await navigator.clipboard.writeText(link)
      setCopied(m.copied(label))
    } catch {
      // No clipboard permission: show the link to copy by hand.
      setCopied(link)
    }
  }
  return (
    <section className="card panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{m.heading}</h2>
      <ul className="status-counts" aria-label={m.counts}>
        {INVITE_STATUSES.map((status) => (
          <li key={status} className={`status status-${status}`}>
            {m.count[status](counts[status])}
          </li>
        ))}
      </ul>
      <p className="muted">{m.lead}</p>
      {/* A list, not a second table: the participants' table stays the page's one table. */}
      <ol className="status-list" aria-label={m.people}>
        {workshop.participants.map((p, i) => {
          const label = participantLabel(t, p, i, true)
          const status = inviteStatus(p, questions)
          return (
            <li key={p.id}>
              <span className="status-who">
                {label}
                {p.role && <span className="muted"> · {roleLabel(t, p.role)}</span>}
              </span>
              <span className={`status status-${status}`}>{m.states[status]}</span>
              {status === 'invited' && (
                <Button variant="quiet" onClick={() => void copy(label, personalInviteLink(workshop, p))}>
                  {m.copyFor(label)}
                </Button>
              )}
            </li>
          )
        })}
      </ol>
      <p role="status" className="muted status-copied">
        {copied}
      </p>
    </section>
  )
}
