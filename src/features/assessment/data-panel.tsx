import { useT } from '../../i18n/use-t.ts'
import { ExportButton } from './export-button.tsx'
import { ImportResponse } from './import-response.tsx'
import { dataMessages } from './data-messages.ts'
import { StartOver } from './start-over.tsx'

/** Export, import and start over, together where people look for "my data". */
export function DataPanel() {
  const t = useT(dataMessages).data
  return (
    <section className="data-panel" aria-labelledby="data-panel-title">
      <h2 id="data-panel-title">{t.title}</h2>
      <p className="muted">{t.intro}</p>
      <div className="button-row">
        <ExportButton />
        <ImportResponse />
        <StartOver />
      </div>
    </section>
  )
}
