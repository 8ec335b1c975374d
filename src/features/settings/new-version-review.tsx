import type { Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { QuestionnaireDiffView } from './questionnaire-diff-view.tsx'
import { xlsxMessages } from './xlsx-messages.ts'
import { Button } from '../../ui/button.tsx'

interface NewVersionReviewProps {
  /** The loaded questionnaire and the version already kept it is compared with; null when closed. */
  review: { next: Questionnaire; previous: Questionnaire } | null
  onConfirm: () => void
  onCancel: () => void
}

/** Before a new version of a kept questionnaire is saved: what changed and which answers carry over. */
export function NewVersionReview({ review, onConfirm, onCancel }: NewVersionReviewProps) {
  const t = useT(xlsxMessages)
  const locale = useLocale()
  return (
    <Dialog
      open={review !== null}
      title={review ? t.reviewTitle(review.next.title[locale], review.next.version) : ''}
      onClose={onCancel}
    >
      {review && (
        <>
          <p>
            {review.previous.version === review.next.version
              ? t.replaces(review.previous.version)
              : t.reviewIntro(review.previous.version)}
          </p>
          <QuestionnaireDiffView before={review.previous} after={review.next} />
          <div className="button-row">
            <Button variant="primary" onClick={onConfirm}>
              {t.save(review.next.version)}
            </Button>
            <Button variant="quiet" onClick={onCancel}>
              {t.cancel}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  )
}
