import { Suspense, useEffect, useState } from 'react'
import { encodeShareCode, type AssessmentResponse, sameQuestionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { downloadJson } from '../../ui/download.ts'
import { CopyField } from '../../ui/copy-field.tsx'
import { answersFileName, canShare, shareAnswers } from './participant-send.ts'
import { shareLink } from '../../ui/team-links.ts'
import { QrCode } from '../../ui/qr-code.tsx'
import { participantMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'
import '../../ui/team-base.css'

/**
 * Where the panel sits: at the top for a workshop participant, below the overview for someone a
 * workshop invited on this device whose answers do not carry the workshop yet.
 */
export type SendPlacement = 'top' | 'bottom'

// Answers carry their workshop only when given from an invitation: the same test the layout uses.
function joinedFor(response: AssessmentResponse): boolean {
  return response.workshopId !== undefined
}

function Panel({ at }: { at: SendPlacement | undefined }) {
  const t = useT(participantMessages).send
  const locale = useLocale()
  const questionnaire = useActiveQuestionnaire()
  const response = useAssessmentStore((s) => s.response)
  const invitation = useInvitationStore((s) => s.invitation)
  const [link, setLink] = useState<{ for: unknown; url: string | null } | null>(null)
  const fits = response !== null && sameQuestionnaire(response.questionnaire, questionnaire)
  useEffect(() => {
    if (!response || !fits) return
    let live = true
    // Answers given before they carried their workshop take it from the invitation they were given for.
    const invitedFor =
      invitation && sameQuestionnaire(invitation.questionnaire, response.questionnaire)
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
  if (!response || (at && joinedFor(response) !== (at === 'top'))) return null
  // An owner working alone was never asked to send anything: no panel without an invitation.
  if (at === 'bottom' && !invitation) return null
  const answered = Object.values(response.answers).filter((a) => a.choice !== undefined).length
  const url = link?.for === response ? link.url : null
  const panel = (
    <section className="card panel send-panel" aria-labelledby="workshop-send">
      <h2 id="workshop-send">{invitation ? t.headingFor(invitation.title) : t.heading}</h2>
      <p className="muted">{t.lead}</p>
      {!fits ? (
        <p className="notice">{t.otherQuestionnaire}</p>
      ) : (
        <>
          <p>{t.answered(answered, questionnaire.questions.length)}</p>
          {link?.for === response && link.url === null ? (
            <p className="notice" role="alert">
              {t.linkFailed}
            </p>
          ) : link?.for === response && link.url !== null ? (
            <div className="invite">
              <CopyField label={t.link} value={link.url} copy={t.copy} copied={t.copied} />
              <QrCode text={link.url} label={t.qr} />
            </div>
          ) : (
            <p role="status">{t.preparing}</p>
          )}
          <div className="button-row">
            {canShare() && url !== null && (
              <Button
                variant="primary"
                onClick={() => void shareAnswers(url, invitation ? t.headingFor(invitation.title) : t.heading)}
              >
                {t.share}
              </Button>
            )}
            <Button onClick={() => downloadJson(answersFileName(response, locale), response)}>{t.download}</Button>
          </div>
        </>
      )}
    </section>
  )
  // On a page it joins the page's own column.
  return at ? <div className="page">{panel}</div> : panel
}

/**
 * For a participant: their answers as a link (compressed into the URL fragment), a QR code, the
 * system share sheet where there is one, and a file named after them, to hand back to the
 * facilitator. Renders nothing before there are answers. Placed on a page, `at="top"` renders only
 * for someone who joined a workshop with these answers, `at="bottom"` only for someone else holding
 * a workshop's invitation on this device.
 */
export function SendAnswersPanel({ at }: { at?: SendPlacement } = {}) {
  return (
    <Suspense fallback={null}>
      <Panel at={at} />
    </Suspense>
  )
}
