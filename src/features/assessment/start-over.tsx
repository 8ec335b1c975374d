import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { AnswersAtRiskDialog } from '../../ui/answers-at-risk-dialog.tsx'
import { Button } from '../../ui/button.tsx'
import { dataMessages } from './data-messages.ts'
import { startOverMessages } from './start-over-messages.ts'
import { paths } from '../../ui/paths.ts'

/** "Start over": asks first, and offers the current answers as a download before deleting them. */
export function StartOver() {
  const t = { ...useT(dataMessages), ...useT(startOverMessages) }
  const navigate = useNavigate()
  const response = useAssessmentStore((s) => s.response)
  const [open, setOpen] = useState(false)
  if (!response) return null
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t.data.startOver}</Button>
      <AnswersAtRiskDialog
        open={open}
        texts={t.startOver}
        onConfirm={() => {
          useAssessmentStore.getState().clear()
          // The workspace keeps a deletion marker (so a restored backup does not bring it back).
          // The data layer is loaded by now; importing it here keeps it off the first paint.
          void import('../../data/commands.ts').then(({ deleteAssessment }) => deleteAssessment(response.id))
          setOpen(false)
          void navigate(paths.home())
        }}
        onCancel={() => setOpen(false)}
      />
    </>
  )
}
