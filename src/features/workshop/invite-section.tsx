import type { Workshop } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { CopyField } from './copy-field.tsx'
import { inviteLink } from './links.ts'
import { workshopMessages } from './messages.ts'
import { QrCode } from './qr-code.tsx'

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
        </div>
        <QrCode text={link} label={t.invite.qr(workshop.title)} />
      </div>
    </section>
  )
}
