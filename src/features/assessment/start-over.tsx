import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { downloadResponse } from '../../ui/download.ts'
import { dataMessages } from './data-messages.ts'
import { startOverMessages } from './start-over-messages.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'

/** "Start over": asks first, and offers the current answers as a download before deleting them. */
export function StartOver() {
  const t = { ...useT(dataMessages), ...useT(startOverMessages) }
  const locale = useLocale()
  const navigate = useNavigate()
  const response = useAssessmentStore((s) => s.response)
  const [open, setOpen] = useState(false)
  if (!response) return null
  const count = Object.keys(response.answers).length
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t.data.startOver}</Button>
      <Dialog open={open} title={t.startOver.title} onClose={() => setOpen(false)}>
        <p>{t.startOver.body(count)}</p>
        <p>{t.startOver.advice}</p>
        <div className="button-row">
          <Button onClick={() => downloadResponse(response, locale)}>{t.startOver.download}</Button>
          <Button
            variant="danger"
            onClick={() => {
              useAssessmentStore.getState().clear()
              // The workspace keeps a deletion marker (so a restored backup does not bring it back).
              // The data layer is loaded by now; importing it here keeps it off the first paint.
              void import('../../data/commands.ts').then(({ deleteAssessment }) => deleteAssessment(response.id))
              setOpen(false)
              void navigate(paths.home())
            }}
          >
            {t.startOver.confirm}
          </Button>
          <Button variant="quiet" onClick={() => setOpen(false)}>
            {t.startOver.cancel}
          </Button>
        </div>
      </Dialog>
    </>
  )
}
