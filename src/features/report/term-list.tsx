import type { ReactNode } from 'react'

/** A term of a description list and what it says. */
export type Term = readonly [term: string, description: ReactNode]

/** Terms and their descriptions, each pair in a `div`: the report's grids lay out the pairs. */
export function TermList({
  className,
  terms,
  describedBy,
}: {
  className: string
  terms: readonly Term[]
  describedBy?: string
}) {
  return (
    <dl className={className} aria-describedby={describedBy}>
      {terms.map(([term, description]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{description}</dd>
        </div>
      ))}
    </dl>
  )
}
