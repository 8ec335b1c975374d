// On a first visit the start page is static HTML that needs no script until the visitor does
// something: main.tsx starts the app, and boot.tsx opens the workspace, at the first sign of that.

const SIGNS = [
  'pointermove',
  'pointerdown',
  'touchstart',
  'click',
  'keydown',
  'focusin',
  'wheel',
  'scroll',
  'hashchange',
] as const

let acting: Promise<void> | undefined

/**
 * Resolves at the visitor's first sign of acting on the page — a pointer moving over it, a tap, a
 * key, focus, scrolling, a hash link — or at once if a click already waits (src/ui/queued-click.ts),
 * or once the start page's file import, whose button needs the app and its workspace, comes into
 * view (a tall window, or a screen reader's reading cursor, reaches it without scrolling).
 * One promise for the page: whoever asks later gets the same answer.
 */
export function visitorActs(): Promise<void> {
  acting ??= new Promise((resolve) => {
    const act = () => {
      for (const name of SIGNS) removeEventListener(name, act, true)
      inView?.disconnect()
      resolve()
    }
    for (const name of SIGNS) addEventListener(name, act, { capture: true, passive: true })
    const fileImport = document.getElementById('import-title')
    const inView =
      fileImport && 'IntersectionObserver' in window
        ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && act())
        : undefined
    if (fileImport) inView?.observe(fileImport)
    if (document.documentElement.hasAttribute('data-queued-click')) act()
  })
  return acting
}
