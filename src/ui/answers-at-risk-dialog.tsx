import { useLocale } from '../i18n/use-t.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { Button } from './button.tsx'
import { Dialog } from './dialog.tsx'
import { downloadResponse } from './download.ts'

/** What the dialog says; `body` is told how many answers are at stake. */
export interface AnswersAtRiskTexts {
  title: string
  body: (count: number) => string
  advice: string
  download: string
  confirm: string
  cancel: string
}

/**
 * Asks before the current answers are deleted or replaced, and offers them as a download first. The download
 * comes first and takes the focus when the dialog opens, so Enter never discards the answers by accident.
 */
export function AnswersAtRiskDialog({
  open,
  texts,
  onConfirm,
  onCancel,
}: {
  open: boolean
  texts: AnswersAtRiskTexts
  onConfirm: () => void
  onCancel: () => void
}) {
  const locale = useLocale()
  const response = useAssessmentStore((s) => s.response)
  const count = response ? Object.keys(response.answers).length : 0
  return (
    <Dialog open={open} title={texts.title} onClose={onCancel}>
      <p>{texts.body(count)}</p>
      <p>{texts.advice}</p>
      <div className="button-row">
        <Button onClick={() => response && downloadResponse(response, locale)}>{texts.download}</Button>
        <Button variant="danger" onClick={onConfirm}>
          {texts.confirm}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {texts.cancel}
        </Button>
      </div>
    </Dialog>
  )
}
