import { exportFileName } from '../domain/index.ts'
import { storageMessages } from '../i18n/storage-messages.ts'
import { useT } from '../i18n/use-t.ts'
import { useSetAsideStore } from '../store/set-aside.ts'
import { downloadBlob } from '../ui/download.ts'
import { Button } from '../ui/button.tsx'

/** Stored data that failed validation on load: said plainly and offered for download, never dropped silently. */
export function SetAsideNotice() {
  const t = useT(storageMessages).setAside
  const items = useSetAsideStore((s) => s.items)
  const dismiss = useSetAsideStore((s) => s.dismiss)
  if (items.length === 0) return null
  return (
    <div className="page set-aside">
      {items.map((item) => (
        <div key={item.id} className="notice notice-warning" role="alert">
          <p>
            <strong>{t.title}</strong> {t.body}
          </p>
          <div className="button-row">
            <Button
              // Downloaded as it was stored: cut-short data is not valid JSON and must not be lost to a parse.
              onClick={() =>
                downloadBlob(
                  new Blob([item.raw], { type: 'application/json' }),
                  exportFileName([item.key, item.at.slice(0, 10)], 'json'),
                )
              }
            >
              {t.download}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                dismiss(item.id)
                void import('../data/workspace.ts').then(({ dismissSetAside }) => dismissSetAside(item.id))
              }}
            >
              {t.dismiss}
            </Button>
          </div>
        </div>
      ))}
    </div>
  )
}
