import { useState } from 'react'
import { formatJoinCode, joinCodeFor, type Workshop } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import { Dialog } from '../../../ui/dialog.tsx'
import { CopyField } from '../../../ui/copy-field.tsx'
import { appBase, inviteLink } from '../../../ui/team-links.ts'
import { workshopMessages } from '../messages.ts'
import { QrCode } from '../../../ui/qr-code.tsx'
import { Button } from '../../../ui/button.tsx'
import './invite-section.css'

/** The short code to type on #/join, big enough to read out; or why there is none. */
function JoinCode({ workshop, large = false }: { workshop: Workshop; large?: boolean }) {
  const t = useT(workshopMessages).invite
  const code = joinCodeFor(workshop)
  if (!code) return large ? null : <p className="muted">{t.noCode}</p>
  return (
    <div className={`join-code${large ? ' join-code-large' : ''}`}>
      <p className="join-code-label">{t.code}</p>
      <p className="join-code-value" translate="no">
        {formatJoinCode(code)}
      </p>
      <p className="muted">{t.codeHint(`${appBase()}#/join`)}</p>
    </div>
  )
}

/** The QR code as large as the screen allows, for the projector: readable from the back of the room. */
function ProjectorQr({ workshop, link }: { workshop: Workshop; link: string }) {
  const t = useT(workshopMessages).invite
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t.projector}</Button>
      <Dialog open={open} title={t.projectorTitle(workshop.title)} onClose={() => setOpen(false)}>
        <div className="invite-projector">
          {open && <QrCode text={link} label={t.qr(workshop.title)} size={720} />}
          <p>{t.projectorHint}</p>
          <JoinCode workshop={workshop} large />
          <Button onClick={() => setOpen(false)}>{t.close}</Button>
        </div>
      </Dialog>
    </>
  )
}

/** The invitation link, its QR code and the short code, for participants answering on their own devices. */
export function InviteSection({ workshop }: { workshop: Workshop }) {
  const t = useT(workshopMessages)
  const link = inviteLink(workshop)
  return (
    <section className="card panel" aria-labelledby="workshop-invite">
      <h2 id="workshop-invite">{t.invite.heading}</h2>
      <div className="invite">
        <div>
          <p className="muted">{t.invite.lead}</p>
          <CopyField label={t.invite.link} value={link} copy={t.invite.copy} copied={t.invite.copied} />
          <JoinCode workshop={workshop} />
          <p className="muted">{t.invite.personal}</p>
          <ProjectorQr workshop={workshop} link={link} />
        </div>
        <QrCode text={link} label={t.invite.qr(workshop.title)} size={280} />
      </div>
    </section>
  )
}
