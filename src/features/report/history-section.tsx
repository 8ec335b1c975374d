import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { useHistoryStore, type HistoryEntry } from '../../store/history-store.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { Comparison, ReportModel } from './model.ts'
import { ComparisonTable } from './comparison-table.tsx'
import { Section } from '../../ui/section.tsx'
import { Button } from '../../ui/button.tsx'

interface Props {
  model: ReportModel
  /** Kept entries of this questionnaire with their overall score and level, newest first. */
  entries: { entry: HistoryEntry; version: string | null; overall: number | null; levelName: string }[]
  compareId: string | null
  onCompare: (id: string | null) => void
  comparison: Comparison | null
}

function EntryItem({ item, onRemove }: { item: Props['entries'][number]; onRemove: () => void }) {
  const t = useT(reportMessages).history
  const format = useFormat()
  const [confirming, setConfirming] = useState(false)
  const date = format.date(item.entry.keptAt)
  return (
    <li className="report-history-entry">
      <span>
        {t.entry(date, item.overall === null ? '–' : format.score(item.overall), item.levelName)}
        {item.version && ` ${t.version(item.version)}`}
      </span>
      {confirming ? (
        <span className="report-confirm" role="group" aria-label={t.confirmRemove(date)}>
          <span>{t.confirmRemove(date)}</span>
          <Button variant="danger" onClick={onRemove}>
            {t.confirm}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t.cancel}</Button>
        </span>
      ) : (
        <Button aria-label={t.removeLabel(date)} onClick={() => setConfirming(true)}>
          {t.remove}
        </Button>
      )}
    </li>
  )
}

export function HistorySection({ model, entries, compareId, onCompare, comparison }: Props) {
  const t = useT(reportMessages).history
  const format = useFormat()
  const keep = useHistoryStore((s) => s.keep)
  const remove = useHistoryStore((s) => s.remove)
  const { response } = model
  const kept = entries.some(
    (e) => e.entry.response.id === response.id && e.entry.response.updatedAt === response.updatedAt,
  )
  return (
    <Section id="report-history" heading={t.heading} className="report-section report-history">
      <p className="report-lead">{t.intro}</p>
      <div className="no-print">
        {kept ? (
          <p role="status">{t.kept}</p>
        ) : (
          <Button variant="primary" onClick={() => keep(response)}>
            {t.keep}
          </Button>
        )}
      </div>
      <h3 className="no-print">{t.listHeading}</h3>
      {entries.length === 0 ? (
        <p className="no-print">{t.empty}</p>
      ) : (
        <>
          <ul className="report-history-list no-print">
            {entries.map((item) => (
              <EntryItem
                key={item.entry.id}
                item={item}
                onRemove={() => {
                  if (compareId === item.entry.id) onCompare(null)
                  remove(item.entry.id)
                }}
              />
            ))}
          </ul>
          <div className="report-field no-print">
            <label htmlFor="report-compare">{t.compare}</label>
            <select id="report-compare" value={compareId ?? ''} onChange={(e) => onCompare(e.target.value || null)}>
              <option value="">{t.compareNone}</option>
              {entries.map((item) => (
                <option key={item.entry.id} value={item.entry.id}>
                  {format.date(item.entry.keptAt)}
                  {item.version && ` ${t.version(item.version)}`}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {comparison && <ComparisonTable model={model} comparison={comparison} />}
    </Section>
  )
}
