import { useSaveStatus } from '../data/save-status.ts'
import { pendingValues, retryWrites } from '../data/workspace.ts'
import { appMessages } from '../i18n/app-messages.ts'
import { useT } from '../i18n/use-t.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { downloadJson, fileDate } from '../ui/download.ts'

/**
 * A write the database refused, said at once: what is not saved stays in this window, a backup
 * can be downloaded now, and saving is retried (here by hand, and on its own every few seconds).
 */
export function WriteFailureNotice() {
  const t = useT(appMessages).writeFailed
  const failure = useSaveStatus((s) => s.failure)
  if (!failure) return null
  const download = () => {
    // The open assessment as a response file (importable anywhere), or the unsaved records as they are.
    const response = useAssessmentStore.getState().response
    if (response) downloadJson(`groundwork-sicherung-${fileDate()}.json`, response)
    else
      downloadJson(
        `groundwork-sicherung-${fileDate()}.json`,
        pendingValues().map((w) => w.value),
      )
  }
  return (
    <div className="page">
      <div className="notice notice-warning" role="alert">
        <p>
          <strong>{t.title}</strong> {t[failure.reason]}
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={download}>
            {t.download}
          </button>
          <button type="button" className="button button-quiet" onClick={() => void retryWrites()}>
            {t.retry}
          </button>
        </div>
      </div>
    </div>
  )
}
