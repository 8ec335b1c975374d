import { useEffect, useRef, type ReactNode } from 'react'

// The first page of a visit is not "navigated to": focus stays at the top of the document there.
let firstPage = true

interface PageHeadingProps {
  children: ReactNode
  /** False when the page moves focus somewhere more specific (e.g. a question to resume). */
  takeFocus?: boolean
  className?: string
  id?: string
}

/**
 * The page's h1. After an in-app navigation it takes focus and the page scrolls to the top, so
 * screen reader and keyboard users start reading the new page where sighted users do.
 */
export function PageHeading({ children, takeFocus = true, className, id }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (firstPage) {
      firstPage = false
      return
    }
    if (!takeFocus) return
    window.scrollTo({ top: 0 })
    ref.current?.focus()
    // Only on mount: a page that re-renders keeps the focus where the user put it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return (
    <h1 ref={ref} id={id} tabIndex={-1} className={className}>
      {children}
    </h1>
  )
}
