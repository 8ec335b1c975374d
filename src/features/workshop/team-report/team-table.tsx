import type { ReactNode } from 'react'
import { TableScroll } from '../../../ui/table-scroll.tsx'

/** A column's head: plain text, or `{ numeric }` for figures, right-aligned like the cells below. */
export type TeamColumn = string | { numeric: string }

/** Heads of columns of figures: `[t.name, ...figures(t.mean, t.spread)]`. */
export const figures = (...heads: string[]): TeamColumn[] => heads.map((numeric) => ({ numeric }))

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
  columns: TeamColumn[]
  children: ReactNode
  after?: ReactNode
}) {
  return (
    <TableScroll label={caption}>
      <table className="data-table data-table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, i) =>
              typeof column === 'string' ? (
                <th key={i} scope="col">
                  {column}
                </th>
              ) : (
                <th key={i} scope="col" className="num">
                  {column.numeric}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {after}
    </TableScroll>
  )
}
