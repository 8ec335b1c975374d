// Build time only (see scripts/first-paint-plugin.ts): the start page as static HTML, in German and
// English, for the page to show before any script has run. Never part of the app's bundle.
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { createPath, Router } from 'react-router'
import { setWorkspaceReady } from '../data/ready.tsx'
import { preferredLocale, validateQuestionnaire, type Locale } from '../domain/index.ts'
import defaultQuestionnaire from '../../questionnaires/groundwork.json'
import { useSettingsStore } from '../store/settings-store.ts'
import { openingLocale } from '../store/opening-locale.ts'
import { firstPaintScripts } from './first-paint.ts'
import { AppRoutes } from './routes.tsx'

const ignore = () => undefined

/** The start page's HTML, as the app first renders it while the workspace opens. */
export async function renderStartPage(locale: Locale): Promise<string> {
  setWorkspaceReady(new Promise<void>(ignore))
  // A store hook renders the store's initial state on the server and while hydrating (zustand's
  // server snapshot): in the browser that is the page's language (see settings-store.ts), here it is
  // set by hand — build-time only, on the object zustand hands out.
  Object.assign(useSettingsStore.getInitialState(), { locale })
  useSettingsStore.setState({ locale })
  // Links as HashRouter writes them ("#/report"), or hydration would find other hrefs.
  const navigator = {
    createHref: (to: Parameters<typeof createPath>[0]) => `#${createPath(to)}`,
    go: ignore,
    push: ignore,
    replace: ignore,
  }
  const { prelude } = await prerender(
    <StrictMode>
      <Router location="/" navigator={navigator}>
        <AppRoutes />
      </Router>
    </StrictMode>,
  )
  return await new Response(prelude).text()
}

export const scripts = firstPaintScripts(openingLocale, preferredLocale)

/** JSON with every object's keys sorted: the same data compares equal whatever its key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  )

/**
 * Why the embedded questionnaire cannot ship, if it cannot: it must be valid, and validation must
 * return it unchanged, since the built app uses the file as it is (see loadDefaultQuestionnaire).
 */
export function defaultQuestionnaireProblem(): string | null {
  const checked = validateQuestionnaire(defaultQuestionnaire)
  if (!checked.ok) return checked.problems.map((p) => `${p.path}: ${p.message}`).join('; ')
  return canonical(checked.value) === canonical(defaultQuestionnaire)
    ? null
    : 'validation changes it (untrimmed text or a default filled in): fix the file'
}
