import type { Locale } from '../domain/index.ts'
import type { openingLocale } from '../store/opening-locale.ts'
import { queueEarlyClicks } from '../ui/queued-click.ts'

// What the page shows before any module runs. The build inlines the source of the functions below
// into the page's two small first scripts (hashed in the CSP), and main.tsx decides with the same
// ones: so each must be self-contained (no imports, no outside names), plain enough for any browser.

/** Whether a hash route is the start page: "", "#", "#/" or "#/?…". */
export function isStartRoute(hash: string): boolean {
  const path = hash.replace(/^#/, '').split('?')[0]
  return path === '' || path === '/'
}

/**
 * In <head>, before anything is painted: sets <html lang> and the classes the page's inline style
 * reads — `gw-en` hides the German prerender, `gw-deep` hides the start page on a link to another
 * page (until the body script has emptied it to the frame), `gw-returning` hides the begin button of someone who has an assessment to continue.
 */
export function firstPaintHead(
  startRoute: typeof isStartRoute,
  opening: typeof openingLocale,
  preferred: (languages: readonly string[]) => Locale,
): void {
  const html = document.documentElement
  let stored: string | null = null
  let returning = false
  try {
    stored = localStorage.getItem('groundwork.settings')
    returning = localStorage.getItem('groundwork.returning') === '1'
  } catch {
    // Storage refused (a locked-down browser): the browser's languages decide.
  }
  const locale = opening(stored, navigator.languages || [], preferred)
  html.lang = locale
  if (locale === 'en') html.classList.add('gw-en')
  if (!startRoute(location.hash)) html.classList.add('gw-deep')
  if (returning) html.classList.add('gw-returning')
}

/**
 * Right after the prerendered start pages: keeps the one in the page's language (the English one
 * waits in a <template>) — before the first paint, so the module hydrates what is shown. On a link
 * to another page it keeps only the frame (header, footer) with an empty <main>: painted at once
 * instead of a blank page while the app and that page load, then drawn anew by the app.
 */
export function firstPaintBody(): void {
  const html = document.documentElement
  const root = document.getElementById('root')
  const english = document.getElementById('root-en') as HTMLTemplateElement | null
  if (!root) return
  if (html.classList.contains('gw-en') && english) {
    root.replaceChildren(english.content)
    root.setAttribute('data-prerendered', 'en')
  }
  english?.remove()
  if (html.classList.contains('gw-deep')) {
    const main = root.querySelector('main')
    if (main) main.replaceChildren()
    else root.replaceChildren()
    root.removeAttribute('data-prerendered')
  }
}

/** What a link straight to a page fetches at once: files for every such link, and per page (`path` a RegExp source). */
export interface DeepLinkFiles {
  always: string[]
  pages: { path: string; files: string[] }[]
}

/**
 * In <head>, on a link to another page than the start page: nothing is painted before the app, so
 * its code and the page's are fetched at once, side by side, instead of one after the other as the
 * app's imports find them. (The start page loads them only after its first paint.)
 */
export function preloadDeepLink(startRoute: typeof isStartRoute, files: DeepLinkFiles): void {
  if (startRoute(location.hash)) return
  const path = location.hash.replace(/^#/, '').split('?')[0] || '/'
  const wanted = files.always.slice()
  for (const page of files.pages) if (new RegExp(page.path).test(path)) wanted.push(...page.files)
  for (const href of wanted) {
    const link = document.createElement('link')
    if (/\.js$/.test(href)) link.rel = 'modulepreload'
    else {
      link.rel = 'preload'
      link.as = /\.css$/.test(href) ? 'style' : 'fetch'
    }
    link.crossOrigin = 'anonymous'
    link.href = href
    document.head.appendChild(link)
  }
}

/**
 * The two inline scripts, as the build puts them into index.html. The first also keeps a click on the
 * start page's begin button made before the app runs (see src/ui/queued-click.ts): the app's code is
 * not preloaded beside the first paint, so on a slow line that moment can last a while.
 */
export function firstPaintScripts(
  opening: typeof openingLocale,
  preferred: (languages: readonly string[]) => Locale,
): {
  head: string
  body: string
  /** To end the head script with, once the build knows its files. */
  deepLink: (files: DeepLinkFiles) => string
} {
  return {
    head: `(${String(firstPaintHead)})(${String(isStartRoute)},${String(opening)},${String(preferred)});(${String(queueEarlyClicks)})()`,
    body: `(${String(firstPaintBody)})()`,
    deepLink: (files) => `;(${String(preloadDeepLink)})(${String(isStartRoute)},${JSON.stringify(files)})`,
  }
}
