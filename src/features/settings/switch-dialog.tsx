import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { downloadResponse } from '../../ui/download.ts'
import { settingsMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'

interface SwitchDialogProps {
  open: boolean
  currentTitle: string
  onConfirm: () => void
  onCancel: () => void
}

/** Asks before a questionnaire change replaces answers, and offers them as a download first. */
export function SwitchDialog({ open, currentTitle, onConfirm, onCancel }: SwitchDialogProps) {
  const t = useT(settingsMessages).switchDialog
  const locale = useLocale()
  const response = useAssessmentStore((s) => s.response)
  const count = response ? Object.keys(response.answers).length : 0
  return (
    <Dialog open={open} title={t.title} onClose={onCancel}>
      <p>{t.body(count, currentTitle)}</p>
      <p>{t.advice}</p>
      <div className="button-row">
        <Button onClick={() => response && downloadResponse(response, locale)}>{t.download}</Button>
        <Button variant="danger" onClick={onConfirm}>
          {t.confirm}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </Dialog>
  )
}
