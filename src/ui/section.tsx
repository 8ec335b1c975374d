import type { ReactNode } from 'react'

/**
 * A part of a page that a screen reader lists by its heading: a `<section>` named by its `<h2>`
 * (`aria-labelledby`), so the section landmark and the heading always say the same.
 */
export function Section({
  id,
  heading,
  className,
  children,
}: {
  id: string
  heading: ReactNode
  className: string
  children: ReactNode
}) {
  return (
    <section className={className} aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  )
}
