import { exportFileName } from '../domain/index.ts'
import { useSaveStatus } from '../data/save-status.ts'
import { storageMessages } from '../i18n/storage-messages.ts'
import { useT } from '../i18n/use-t.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { downloadJson } from '../ui/download.ts'
import { Button } from '../ui/button.tsx'

/**
 * A write the database refused, said at once: what is not saved stays in this window, a backup
 * can be downloaded now, and saving is retried (here by hand, and on its own every few seconds).
 */
export function WriteFailureNotice() {
  const t = useT(storageMessages).writeFailed
  const failure = useSaveStatus((s) => s.failure)
  if (!failure) return null
  // The data layer is loaded by now (a write failed in it); importing it here keeps it off the first paint.
  const download = async () => {
    // The open assessment as a response file (importable anywhere), or the unsaved records as they are.
    const response = useAssessmentStore.getState().response
    if (response) downloadJson(exportFileName(['groundwork-sicherung', new Date()], 'json'), response)
    else {
      const { pendingValues } = await import('../data/workspace.ts')
      downloadJson(
        exportFileName(['groundwork-sicherung', new Date()], 'json'),
        pendingValues().map((w) => w.value),
      )
    }
  }
  const retry = async () => (await import('../data/workspace.ts')).retryWrites()
  return (
    <div className="page">
      <div className="notice notice-warning" role="alert">
        <p>
          <strong>{t.title}</strong> {t[failure.reason]}
        </p>
        <div className="button-row">
          <Button onClick={() => void download()}>{t.download}</Button>
          <Button variant="quiet" onClick={() => void retry()}>
            {t.retry}
          </Button>
        </div>
      </div>
    </div>
  )
}
