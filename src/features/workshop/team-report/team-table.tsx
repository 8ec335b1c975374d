import type { ReactNode } from 'react'
import { ColumnHeads, type ColumnHead } from '../../../ui/column-heads.tsx'
import { TableScroll } from '../../../ui/table-scroll.tsx'

/** Heads of columns of figures, right-aligned like the cells below: `[t.name, ...figures(t.mean, t.spread)]`. */
export const figures = (...heads: string[]): ColumnHead[] => heads.map((head) => ({ head, className: 'num' }))

/**
 * A table of the team report: it scrolls sideways on a narrow screen, is named by its caption and
 * has one head row. `children` are the body rows; `after` stands below the table in the same
 * scroll area (a "show more" button).
 */
export function TeamTable({
  caption,
  columns,
  children,
  after,
}: {
  caption: string
  columns: ColumnHead[]
  children: ReactNode
  after?: ReactNode
}) {
  return (
    <TableScroll label={caption}>
      <table className="data-table data-table-compact">
        <caption>{caption}</caption>
        <ColumnHeads columns={columns} />
        <tbody>{children}</tbody>
      </table>
      {after}
    </TableScroll>
  )
}
