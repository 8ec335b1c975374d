import { useEffect } from 'react'

/** Sets the browser tab's title: "Page – Groundwork". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – Groundwork` : 'Groundwork'
  }, [title])
}
