import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

// @ts-expect-error plain ES module without types
import { chromiumFlags, chromiumPath } from '../../scripts/chromium-flags.mjs'

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173/'

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath as string,
    args: chromiumFlags as string[],
  })
}

/** A fresh profile (empty storage), like a new device, with every request it makes recorded. */
export interface Session {
  context: BrowserContext
  page: Page
  requests: string[]
  errors: string[]
}

export async function newSession(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    locale: 'de-DE',
  })
  const page = await context.newPage()
  const requests: string[] = []
  const errors: string[] = []
  context.on('request', (request) => requests.push(request.url()))
  page.on('pageerror', (error) => errors.push(error.message))
  // The CSP must never have to block anything: every violation (a load, an inline script, an eval
  // probe) is reported to the console, and the console's CSP errors fail the test.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  )
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) errors.push(message.text())
  })
  return { context, page, requests, errors }
}

/** Requests that left the app's own origin (data: and blob: URLs stay in the page). */
export function foreignRequests(requests: readonly string[]): string[] {
  const origin = new URL(baseUrl).origin
  return requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  )
}
