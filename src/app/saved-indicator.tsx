import { appMessages } from '../i18n/app-messages.ts'
import { useLocale, useT } from '../i18n/use-t.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'

/** "Saved 14:32": every change is stored at once; this makes it visible. */
export function SavedIndicator() {
  const t = useT(appMessages)
  const locale = useLocale()
  const updatedAt = useAssessmentStore((s) => s.response?.updatedAt)
  const time = updatedAt
    ? new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(
        new Date(updatedAt),
      )
    : null
  return (
    <p className="saved" role="status" aria-label={t.savedLabel}>
      {time && (
        <>
          <span className="saved-dot" aria-hidden="true" />
          {t.saved(time)}
        </>
      )}
    </p>
  )
}
