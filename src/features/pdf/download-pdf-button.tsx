import { useMemo } from 'react'
import type { AssessmentResponse, Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useBrandingStore } from '../../store/branding-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { pdfButtonMessages } from './button-messages.ts'
import type { PdfInput, PdfParticipant, PdfWorkshop } from './model.ts'
import { PdfAction } from './pdf-action.tsx'

/**
 * "PDF herunterladen" for one person's assessment: the stored response (or `response`), the
 * active questionnaire (or `questionnaire`), the language and the consultant's branding. Suspends like the report
 * while the default questionnaire loads: render it inside the report.
 */
export function DownloadPdfButton({
  response,
  questionnaire: own,
}: {
  response?: AssessmentResponse | undefined
  /** The questionnaire `response` answers, when it is not the active one (an example). */
  questionnaire?: Questionnaire | undefined
}) {
  const t = useT(pdfButtonMessages)
  const locale = useLocale()
  const active = useActiveQuestionnaire()
  const questionnaire = own ?? active
  const stored = useAssessmentStore((s) => s.response)
  const branding = useBrandingStore((s) => s.branding)
  const current = response ?? stored
  const input = useMemo(
    (): PdfInput | null => (current ? { kind: 'solo', questionnaire, locale, branding, response: current } : null),
    [current, questionnaire, locale, branding],
  )
  return <PdfAction label={t.download} input={input} />
}

interface TeamPdfButtonProps {
  questionnaire: Questionnaire
  workshop: PdfWorkshop
  participants: readonly PdfParticipant[]
  /** Participants are anonymised ("Person 3") unless the facilitator chooses to show names. */
  showNames?: boolean | undefined
}

/** "Team-PDF herunterladen" for a workshop: spread, discussion topics and role comparison. */
export function TeamPdfButton({ questionnaire, workshop, participants, showNames = false }: TeamPdfButtonProps) {
  const t = useT(pdfButtonMessages)
  const locale = useLocale()
  const branding = useBrandingStore((s) => s.branding)
  const input = useMemo(
    (): PdfInput | null =>
      participants.length > 0
        ? { kind: 'team', questionnaire, locale, branding, workshop, participants, showNames }
        : null,
    [questionnaire, locale, branding, workshop, participants, showNames],
  )
  return <PdfAction label={t.downloadTeam} input={input} />
}
