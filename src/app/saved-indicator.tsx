import { useSaveStatus } from '../data/save-status.ts'
import { appMessages } from '../i18n/app-messages.ts'
import { useLocale, useT } from '../i18n/use-t.ts'

/** "Saved 14:32" only once the browser's database confirmed the write; "Not saved" when it refused. */
export function SavedIndicator() {
  const t = useT(appMessages)
  const locale = useLocale()
  const { pending, savedAt, failure } = useSaveStatus()
  const time = savedAt
    ? new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(
        new Date(savedAt),
      )
    : null
  // The last confirmed time stays while the next write runs (a few milliseconds): a text that
  // flickered with every answer would move the header, and the page under the pointer with it.
  const text = failure ? t.notSaved : time ? t.saved(time) : pending > 0 ? t.saving : null
  return (
    <p
      className={failure ? 'saved saved-failed' : 'saved'}
      role="status"
      aria-label={t.savedLabel}
      aria-busy={pending > 0}
    >
      {text && (
        <>
          <span className="saved-dot" aria-hidden="true" />
          {text}
        </>
      )}
    </p>
  )
}
