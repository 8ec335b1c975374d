import { Suspense, useEffect, useState } from 'react'
import { encodeShareCode } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { CopyField } from './copy-field.tsx'
import { shareLink } from './links.ts'
import { QrCode } from './qr-code.tsx'
import { shareMessages } from './share-messages.ts'
import './workshop.css'

function Panel() {
  const t = useT(shareMessages).send
  const questionnaire = useActiveQuestionnaire()
  const response = useAssessmentStore((s) => s.response)
  const invitation = useInvitationStore((s) => s.invitation)
  const [link, setLink] = useState<{ for: unknown; url: string | null } | null>(null)
  const fits =
    response !== null &&
    response.questionnaire.id === questionnaire.id &&
    response.questionnaire.version === questionnaire.version
  useEffect(() => {
    if (!response || !fits) return
    let live = true
    // Answers given before they carried their workshop take it from the invitation they were given for.
    const invitedFor =
      invitation &&
      invitation.questionnaire.id === response.questionnaire.id &&
      invitation.questionnaire.version === response.questionnaire.version
        ? invitation.workshopId
        : undefined
    const workshopId = response.workshopId ?? invitedFor
    encodeShareCode(workshopId ? { ...response, workshopId } : response, questionnaire).then(
      (code) => {
        if (live) setLink({ for: response, url: shareLink(code, workshopId ?? null) })
      },
      // Old browsers lack CompressionStream: the file export still works, so point there.
      () => {
        if (live) setLink({ for: response, url: null })
      },
    )
    return () => {
      live = false
    }
  }, [response, questionnaire, invitation, fits])
  if (!response) return null
  const answered = Object.values(response.answers).filter((a) => a.choice !== undefined).length
  return (
    <section className="ws ws-section ws-send" aria-labelledby="ws-send">
      <h2 id="ws-send">{invitation ? t.headingFor(invitation.title) : t.heading}</h2>
      <p className="ws-muted">{t.lead}</p>
      {!fits ? (
        <p className="ws-notice">{t.otherQuestionnaire}</p>
      ) : (
        <>
          <p>{t.answered(answered, questionnaire.questions.length)}</p>
          {link?.for === response && link.url === null ? (
            <p className="ws-notice" role="alert">
              {t.linkFailed}
            </p>
          ) : link?.for === response && link.url !== null ? (
            <div className="ws-invite">
              <CopyField label={t.link} value={link.url} copy={t.copy} copied={t.copied} />
              <QrCode text={link.url} label={t.qr} />
            </div>
          ) : (
            <p role="status">{t.preparing}</p>
          )}
        </>
      )}
    </section>
  )
}

/**
 * For a participant: their answers as a link (compressed into the URL fragment) and a QR code, to
 * hand back to the facilitator. Renders nothing before there are answers.
 */
export function SendAnswersPanel() {
  return (
    <Suspense fallback={null}>
      <Panel />
    </Suspense>
  )
}
