import type { ReactNode } from 'react'

/**
 * A wide table's horizontal scroll area. It takes focus so keyboard users can scroll it
 * (WCAG 2.1.1; axe: scrollable-region-focusable), named after the table it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
