import type { ReactNode } from 'react'

/** A column's head: its text, or its content with the class its cells share (figures are set right-aligned). */
export type ColumnHead = string | { head: ReactNode; className?: string }

/**
 * A table's head row: every head is a column header (`scope="col"`), so a screen reader names each cell
 * by it. A column left out (`null`, `false`) has no head.
 */
export function ColumnHeads({ columns }: { columns: readonly (ColumnHead | null | false)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column, i) =>
          typeof column === 'string' ? (
            <th key={i} scope="col">
              {column}
            </th>
          ) : column ? (
            <th key={i} scope="col" className={column.className}>
              {column.head}
            </th>
          ) : null,
        )}
      </tr>
    </thead>
  )
}
