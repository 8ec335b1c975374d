import { useState } from 'react'
import type { Workshop } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { CopyField } from './copy-field.tsx'
import { inviteLink } from './links.ts'
import { workshopMessages } from './messages.ts'
import { QrCode } from './qr-code.tsx'
import './invite-section.css'

/** The QR code as large as the screen allows, for the projector: readable from the back of the room. */
function ProjectorQr({ workshop, link }: { workshop: Workshop; link: string }) {
  const t = useT(workshopMessages).invite
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="ws-button" onClick={() => setOpen(true)}>
        {t.projector}
      </button>
      <Dialog open={open} title={t.projectorTitle(workshop.title)} onClose={() => setOpen(false)}>
        <div className="ws-invite-projector">
          {open && <QrCode text={link} label={t.qr(workshop.title)} size={720} />}
          <p>{t.projectorHint}</p>
          <button type="button" className="ws-button" onClick={() => setOpen(false)}>
            {t.close}
          </button>
        </div>
      </Dialog>
    </>
  )
}

/** The invitation link and its QR code, for participants answering on their own devices. */
export function InviteSection({ workshop }: { workshop: Workshop }) {
  const t = useT(workshopMessages)
  const link = inviteLink(workshop)
  return (
    <section className="ws-section" aria-labelledby="ws-invite">
      <h2 id="ws-invite">{t.invite.heading}</h2>
      <div className="ws-invite">
        <div>
          <p className="ws-muted">{t.invite.lead}</p>
          <CopyField label={t.invite.link} value={link} copy={t.invite.copy} copied={t.invite.copied} />
          <p className="ws-muted">{t.invite.personal}</p>
          <ProjectorQr workshop={workshop} link={link} />
        </div>
        <QrCode text={link} label={t.invite.qr(workshop.title)} size={280} />
      </div>
    </section>
  )
}
