import { useEffect } from 'react'

// The start page is static HTML for a moment before the app runs (src/app/first-paint.ts): a click
// on one of its controls then would be lost. The page's first inline script notes it instead, and
// the control's component carries it out once the app has taken the page over.

/**
 * Runs in the first inline script, before anything is painted: until the app runs, a click on a
 * control marked `data-queue-click="name"` is noted on <html> as `data-queued-click="name"`, and a
 * link within the page moves the focus. Self-contained (no imports, no outside names): the build inlines its source.
 */
export function queueEarlyClicks(): void {
  const html = document.documentElement
  const early = (event: MouseEvent) => {
    if (html.hasAttribute('data-app')) {
      document.removeEventListener('click', early, true)
      return
    }
    if (!(event.target instanceof Element)) return
    // A link within the page (the skip link, "#main") would be read as a route by the app once it
    // runs: move the focus there, as the app does.
    const link = event.target.closest('a[href^="#"]')
    const inPage = link ? link.getAttribute('href') || '' : ''
    if (/^#[^/]/.test(inPage)) {
      event.preventDefault()
      const destination = document.getElementById(inPage.slice(1))
      if (destination) destination.focus()
      return
    }
    const control = event.target.closest('[data-queue-click]')
    if (!control) return
    event.preventDefault()
    html.setAttribute('data-queued-click', control.getAttribute('data-queue-click') || '')
  }
  document.addEventListener('click', early, true)
}

/** From here on the app answers clicks itself: the first script stops noting them. */
export function markAppRunning(): void {
  document.documentElement.setAttribute('data-app', '')
}

/** Whether the control `name` was clicked before the app ran; forgets that click, so it runs once. */
export function takeQueuedClick(name: string): boolean {
  const html = document.documentElement
  if (html.getAttribute('data-queued-click') !== name) return false
  html.removeAttribute('data-queued-click')
  return true
}

/** Carries out, once mounted, a click on the control `name` made before the app ran. */
export function useQueuedClick(name: string, action: () => void): void {
  useEffect(() => {
    if (takeQueuedClick(name)) action()
  }, [name, action])
}
