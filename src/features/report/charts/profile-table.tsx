import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { reportMessages } from '../messages.ts'
import type { ProfileRow } from './profile-rows.ts'
import { TableScroll } from '../../../ui/table-scroll.tsx'
import { ColumnHeads } from '../../../ui/column-heads.tsx'

/** The charts' numbers as a table: the equivalent for screen readers and for numbers people. */
export function ProfileTable({ rows, earlierDate }: { rows: ProfileRow[]; earlierDate: string | null }) {
  const m = useT(reportMessages)
  const t = m.table
  const format = useFormat()
  const cell = (value: number | null) => (value === null ? t.none : format.score(value))
  const hasTarget = rows.some((r) => r.target !== null)
  return (
    <TableScroll label={t.region(m.charts.tableCaption)}>
      <table className="report-table">
        <caption>{m.charts.tableCaption}</caption>
        <ColumnHeads
          columns={[
            t.dimension,
            t.layer,
            { head: t.score, className: 'report-num' },
            t.level,
            hasTarget && { head: t.target, className: 'report-num' },
            earlierDate ? { head: earlierDate, className: 'report-num' } : null,
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.title}</th>
              <td>{row.layer === 'tools' ? t.tools : t.foundation}</td>
              <td className="report-num" data-score={row.id}>
                {cell(row.score)}
              </td>
              <td>{row.levelName ?? t.none}</td>
              {hasTarget && <td className="report-num">{cell(row.target)}</td>}
              {earlierDate && <td className="report-num">{cell(row.earlier)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
