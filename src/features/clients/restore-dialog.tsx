import { RECORD_KINDS, type RestoreSummary, type WorkspaceBackup } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { clientsMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'

interface RestoreDialogProps {
  /** The backup about to be restored, its file name and what restoring it changes; null: closed. */
  pending: { file: string; backup: WorkspaceBackup; summary: RestoreSummary } | null
  busy: boolean
  onConfirm: () => void
  onCancel: () => void
}

/** Says exactly what a restore adds, replaces, deletes and leaves as it is, before anything is written. */
export function RestoreDialog({ pending, busy, onConfirm, onCancel }: RestoreDialogProps) {
  const t = useT(clientsMessages).backup
  const format = useFormat()
  return (
    <Dialog open={pending !== null} title={t.dialogTitle} onClose={onCancel}>
      {pending && (
        <>
          <p>{t.source(pending.file, format.date(pending.backup.exportedAt))}</p>
          <p>{pending.backup.scope.kind === 'client' ? t.scopeClient(pending.backup.scope.clientName) : t.scopeAll}</p>
          {pending.summary.changesNothing ? (
            <p>{t.nothing}</p>
          ) : (
            <>
              <p>{t.willChange}</p>
              <ul className="clients-restore-kinds">
                {RECORD_KINDS.map((kind) => {
                  const { added, replaced, deleted, unchanged } = pending.summary.kinds[kind]
                  if (added + replaced + deleted + unchanged === 0) return null
                  return (
                    <li key={kind}>
                      <strong>{t.kinds[kind]}:</strong> {t.counts(added, replaced, deleted, unchanged)}
                    </li>
                  )
                })}
              </ul>
              {(['added', 'replaced', 'deleted'] as const).map((change) => {
                const names = pending.summary.clientNames[change]
                if (names.length === 0) return null
                return (
                  <p key={change}>
                    <strong>{t.names[change]}:</strong> {names.join(', ')}
                  </p>
                )
              })}
            </>
          )}
          <div className="button-row">
            {pending.summary.changesNothing ? (
              <Button onClick={onCancel}>{t.close}</Button>
            ) : (
              <>
                <Button variant="primary" disabled={busy} onClick={onConfirm}>
                  {t.confirm}
                </Button>
                <Button variant="quiet" onClick={onCancel}>
                  {t.cancel}
                </Button>
              </>
            )}
          </div>
        </>
      )}
    </Dialog>
  )
}
