import { shownChange } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { Comparison, ReportModel } from './model.ts'
import { TableScroll } from '../../ui/table-scroll.tsx'
import { ColumnHeads } from '../../ui/column-heads.tsx'

interface Row {
  key: string
  label: string
  earlier: number | null
  now: number | null
}

/** Change per dimension (and overall, F, T) between a kept assessment and today. */
export function ComparisonTable({ model, comparison }: { model: ReportModel; comparison: Comparison }) {
  const m = useT(reportMessages)
  const format = useFormat()
  const date = format.date(comparison.keptAt)
  const earlier = comparison.report
  const now = model.report
  const rows: Row[] = [
    ...model.dimensions.map((d) => ({
      key: d.id,
      label: model.text(d.title),
      earlier: earlier.dimensions.find((s) => s.dimensionId === d.id)?.score ?? null,
      now: now.dimensions.find((s) => s.dimensionId === d.id)?.score ?? null,
    })),
    {
      key: 'foundation',
      label: m.history.foundation,
      earlier: earlier.foundationIndex,
      now: now.foundationIndex,
    },
    { key: 'tools', label: m.history.tools, earlier: earlier.toolIndex, now: now.toolIndex },
    { key: 'overall', label: m.history.overall, earlier: earlier.overall, now: now.overall },
  ]
  const cell = (value: number | null) => (value === null ? m.table.none : format.score(value))
  return (
    <div className="report-comparison">
      <h3>{m.history.comparisonHeading(date)}</h3>
      <TableScroll label={m.table.region(m.history.comparisonCaption(date))}>
        <table className="report-table" aria-describedby="report-comparison-note">
          <caption>{m.history.comparisonCaption(date)}</caption>
          <ColumnHeads
            columns={[
              m.table.dimension,
              { head: date, className: 'report-num' },
              { head: m.table.now, className: 'report-num' },
              { head: m.table.change, className: 'report-num' },
            ]}
          />
          <tbody>
            {rows.map((row) => {
              // The difference of the figures shown, so the columns add up as a reader checks them.
              const change = shownChange(row.earlier, row.now)
              const tone = change === null || Math.abs(change) < 0.05 ? '' : change > 0 ? 'report-up' : 'report-down'
              return (
                <tr key={row.key} className={row.key === 'overall' ? 'report-row-total' : undefined}>
                  <th scope="row">{row.label}</th>
                  <td className="report-num">{cell(row.earlier)}</td>
                  <td className="report-num">{cell(row.now)}</td>
                  <td className={`report-num ${tone}`}>{change === null ? m.table.none : format.signed(change)}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableScroll>
      {/* F and T appear in the table: explained beside it, not only in the PDF's appendix. */}
      <p id="report-comparison-note" className="muted report-figures-note">
        {m.figuresNote(format.score(model.questionnaire.scoring.toolSlack).replace(/,0$|\.0$/, ''))}
      </p>
    </div>
  )
}
