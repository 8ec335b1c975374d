import { useState } from 'react'
import type { AssessmentResponse, Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { downloadResponse } from '../../ui/download.ts'
import { participantMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'

function answeredCount(response: AssessmentResponse): number {
  return Object.values(response.answers).filter((a) => a.choice !== undefined).length
}

/** Downloads the answers of the person who used this device before. */
export function DownloadPrevious({ previous }: { previous: AssessmentResponse }) {
  const t = useT(participantMessages).join
  const locale = useLocale()
  return (
    <Button onClick={() => downloadResponse(previous, locale)}>
      {t.downloadPrevious(previous.respondent?.name ?? null)}
    </Button>
  )
}

/**
 * "I am someone else" on a shared device: a fresh response with its own id. The previous one
 * stays in the workspace (opening a new assessment keeps the old record) and is offered as a download.
 */
export function SomeoneElse({
  response,
  questionnaire,
  onStarted,
}: {
  response: AssessmentResponse
  questionnaire: Questionnaire
  onStarted: (previous: AssessmentResponse) => void
}) {
  const t = useT(participantMessages).join
  const [open, setOpen] = useState(false)
  const name = response.respondent?.name ?? null
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t.someoneElse}</Button>
      <Dialog open={open} title={t.someoneElseTitle} onClose={() => setOpen(false)}>
        <p>{t.someoneElseBody(name, answeredCount(response))}</p>
        <p>{t.someoneElseAdvice}</p>
        <div className="button-row">
          <DownloadPrevious previous={response} />
          <Button
            variant="primary"
            onClick={() => {
              useAssessmentStore.getState().start(questionnaire)
              setOpen(false)
              onStarted(response)
            }}
          >
            {t.startFresh}
          </Button>
          <Button onClick={() => setOpen(false)}>{t.cancel}</Button>
        </div>
      </Dialog>
    </>
  )
}
