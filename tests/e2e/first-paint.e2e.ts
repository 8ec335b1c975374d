// The start page paints before any script: static HTML in the reader's language, never on a link to
// another page, taken over by React without a mismatch (issue 14, parts 1 and 3).
import { createHash } from 'node:crypto'
import type { BrowserContext } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { completeResponse } from '../builders/sample.ts'
import { defaultQuestionnaire, readStore, seedAssessment, waitUntilSaved } from './app.ts'
import { baseUrl } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'

const GERMAN_TITLE = 'Erst das Geschäft verstehen. Dann die Werkzeuge wählen.'
const ENGLISH_TITLE = 'Understand your business first. Choose tools later.'

const browser = sharedBrowser()

/** A fresh profile in a browser language; every console error or warning and page error is kept. */
async function session(locale: string, options: { javaScriptEnabled?: boolean; withoutModules?: boolean } = {}) {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  // The app's module scripts never arrive: what shows is what the HTML and its inline scripts paint.
  if (options.withoutModules) await context.route(/\/assets\/.*\.js$/, (route) => route.abort())
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  return { context, page, problems }
}

/** Records, from navigation start, every headline text that was ever visible (checked on each DOM change and frame). */
async function recordVisibleHeadlines(context: BrowserContext) {
  await context.addInitScript(() => {
    const seen = new Set<string>()
    ;(window as unknown as { visibleHeadlines: Set<string> }).visibleHeadlines = seen
    const look = () => {
      for (const heading of document.querySelectorAll('h1'))
        if (heading.checkVisibility()) seen.add(heading.textContent ?? '')
    }
    new MutationObserver(look).observe(document, { childList: true, subtree: true })
    const frame = () => {
      look()
      requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
}

describe('the HTML before any script', () => {
  test('holds the start page headline and begin button in German, English waiting beside it', async () => {
    const html = await (await fetch(baseUrl)).text()
    const [german, english] = html.split('<template id="root-en">')
    expect(german).toContain(GERMAN_TITLE)
    expect(german).toMatch(/<button[^>]*>Einschätzung beginnen/)
    expect(english).toContain(ENGLISH_TITLE)
    expect(english).toMatch(/<button[^>]*>Start the assessment/)
  })

  test('every inline script is allowed by its hash, and no other inline script is', async () => {
    const html = await (await fetch(baseUrl)).text()
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!
    const scriptSrc = policy.split(';').find((directive) => directive.trim().startsWith('script-src'))!
    expect(scriptSrc).not.toContain('unsafe-inline')
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]!)
    expect(inline).toHaveLength(2)
    const allowed = [...scriptSrc.matchAll(/'sha256-([^']+)'/g)].map((match) => match[1])
    expect(allowed.sort()).toEqual(
      inline.map((script) => createHash('sha256').update(script, 'utf8').digest('base64')).sort(),
    )
  })

  test('with JavaScript off, the German start page is there to read', async () => {
    const { context, page } = await session('de-DE', { javaScriptEnabled: false })
    await page.goto(baseUrl)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(GERMAN_TITLE)
    await expect(page.getByRole('button', { name: /Einschätzung beginnen/ }).isVisible()).resolves.toBe(true)
    await context.close()
  })
})

describe('the first paint, before the app’s modules run', () => {
  test('an English browser sees the English start page, never the German one', async () => {
    const { context, page } = await session('en-US', { withoutModules: true })
    await recordVisibleHeadlines(context)
    await page.goto(baseUrl)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ENGLISH_TITLE)
    await expect(page.getByRole('button', { name: /Start the assessment/ }).isVisible()).resolves.toBe(true)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    expect(
      await page.evaluate(() => [...(window as unknown as { visibleHeadlines: Set<string> }).visibleHeadlines]),
    ).toEqual([ENGLISH_TITLE])
    await expect(page.locator('body').textContent()).resolves.not.toMatch(/Einschätzung|Geschäft/)
    await context.close()
  })

  test('a French browser gets German; a stored choice of English wins over a German browser', async () => {
    const french = await session('fr-FR', { withoutModules: true })
    await french.page.goto(baseUrl)
    await expect(french.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(GERMAN_TITLE)
    await french.context.close()

    const german = await session('de-DE', { withoutModules: true })
    await german.context.addInitScript(() =>
      localStorage.setItem('groundwork.settings', JSON.stringify({ state: { locale: 'en' }, version: 1 })),
    )
    await german.page.goto(baseUrl)
    await expect(german.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(ENGLISH_TITLE)
    await german.context.close()
  })

  test('a link to another page shows the frame while the app loads, but no start page', async () => {
    const { context, page } = await session('en-US', { withoutModules: true })
    await page.goto(`${baseUrl}#/report`)
    await page.waitForLoadState('load')
    await expect(page.getByRole('banner').getByRole('link', { name: /home/i }).isVisible()).resolves.toBe(true)
    await expect(page.locator('main').innerHTML()).resolves.toBe('')
    await expect(page.getByRole('heading').count()).resolves.toBe(0)
    await context.close()
  })
})

describe('the app takes the page over', () => {
  test('a link to the report never shows the start page headline, from navigation start on', async () => {
    const { context, page, problems } = await session('de-DE')
    await recordVisibleHeadlines(context)
    await page.goto(`${baseUrl}#/report`)
    await page.getByRole('heading', { level: 1, name: 'Noch keine Einschätzung' }).waitFor()
    const seen = await page.evaluate(() => [
      ...(window as unknown as { visibleHeadlines: Set<string> }).visibleHeadlines,
    ])
    expect(seen).not.toContain(GERMAN_TITLE)
    expect(seen.length).toBeGreaterThan(0)
    expect(problems).toEqual([])
    await context.close()
  })

  test('a link to a question step fetches what it needs at once, every preload used', async () => {
    const { context, page, problems } = await session('de-DE')
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto(`${baseUrl}#/assess/business-model`)
    await page.getByRole('heading', { level: 1, name: 'Noch keine Einschätzung' }).waitFor()
    // The page's code and the questionnaire were asked for before the app's entry had run.
    const entry = requested.findIndex((path) => /\/assets\/index-[^/]+\.js$/.test(path))
    const stepPage = requested.findIndex((path) => /\/assets\/step-page-[^/]+\.js$/.test(path))
    const questionnaire = requested.findIndex((path) => /\/assets\/groundwork-[^/]+\.json$/.test(path))
    expect(stepPage).toBeGreaterThan(-1)
    expect(stepPage).toBeLessThan(entry)
    expect(questionnaire).toBeLessThan(entry)
    // A preload the page does not use (other credentials, say) would be a warning here.
    await page.waitForTimeout(3500)
    expect(problems).toEqual([])
    await context.close()
  })

  for (const [locale, title, begin] of [
    ['de-DE', GERMAN_TITLE, /Einschätzung beginnen/],
    ['en-US', ENGLISH_TITLE, /Start the assessment/],
  ] as const)
    test(`hydrates the ${locale} start page without a mismatch or any console error, and it works`, async () => {
      const { context, page, problems } = await session(locale)
      await page.goto(baseUrl)
      // On a first visit the workspace opens when the visitor acts or reaches the file import, whose
      // button needs it: that button comes after the app has taken over.
      await page.getByRole('heading', { level: 2, name: /Auf einem anderen Gerät|Continue on another device/ }).hover()
      await page
        .getByRole('button', { name: /Antwortdatei importieren|Import a response file/ })
        .first()
        .waitFor()
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title)
      expect(problems).toEqual([])
      await page.getByRole('button', { name: begin }).click()
      await page.waitForURL(/#\/company/)
      expect(problems).toEqual([])
      await context.close()
    })
})

describe('a first visit', () => {
  test('runs no app code while the page is only being read; the app and its data layer load when the visitor acts', async () => {
    const { context, page, problems } = await session('de-DE')
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    const chunks = (pattern: RegExp) => requested.filter((path) => pattern.test(path))
    const appCode = /\/assets\/(react|app|boot)-[^/]+\.js$/
    const dataLayer = /\/assets\/(zod|start|workspace)-[^/]+\.js$/
    await page.goto(baseUrl)
    await page.waitForTimeout(1500)
    expect(chunks(appCode)).toEqual([])
    expect(chunks(dataLayer)).toEqual([])
    await expect(page.locator('html').getAttribute('data-app')).resolves.toBeNull()
    await page.keyboard.press('Tab')
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'))
    expect(chunks(appCode).length).toBeGreaterThan(0)
    await page.getByRole('heading', { level: 2, name: 'Auf einem anderen Gerät weitermachen' }).scrollIntoViewIfNeeded()
    await page.getByRole('button', { name: 'Antwortdatei importieren' }).waitFor()
    expect(chunks(dataLayer).length).toBeGreaterThan(0)
    // The page's own styles are in its HTML: their sheets are never fetched, before or after the app starts.
    expect(chunks(/\/assets\/(index|app)-[^/]+\.css$/)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})

describe('a click on the static start page before the app runs', () => {
  /**
   * A German profile whose app code (src/app/boot.tsx's chunk) is held back until `release()`: the
   * page is the static first paint meanwhile. No service worker, so every load goes through the route.
   */
  async function slowApp(seed?: (context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' })
    await seed?.(context)
    let release = () => undefined as void
    const released = new Promise<void>((resolve) => (release = resolve))
    let requested = false
    await context.route(/\/assets\/boot-[^/]*\.js$/, async (route) => {
      requested = true
      await released
      await route.continue()
    })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      const blockedWorker = message.text().startsWith('Service Worker registration blocked')
      if ((message.type() === 'error' || message.type() === 'warning') && !blockedWorker) problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded' })
    // A first visit starts the app when the visitor acts, a returning one at once: either way the click
    // below comes before the app's code has arrived.
    return { context, page, problems, release, requested: () => requested }
  }

  test('on the begin button is kept, and carried out once the app is there: one new assessment, on the company page', async () => {
    const { context, page, problems, release, requested } = await slowApp()
    await page.getByRole('button', { name: /Einschätzung beginnen/ }).click()
    await expect.poll(requested).toBe(true)
    // Still the static page: nothing has run the click yet.
    await expect(page.locator('html').getAttribute('data-queued-click')).resolves.toBe('begin')
    expect(page.url()).not.toMatch(/#\/company/)
    release()
    await page.waitForURL(/#\/company/)
    await page.getByRole('heading', { level: 1, name: 'Über Ihr Unternehmen' }).waitFor()
    await waitUntilSaved(page)
    await expect(readStore(page, 'assessments')).resolves.toHaveLength(1)
    expect(problems).toEqual([])
    await context.close()
  })

  test('on the skip link moves to the content, as the app would, and leaves the start page where it is', async () => {
    const { context, page, problems, release, requested } = await slowApp()
    await page.getByRole('link', { name: 'Zum Inhalt springen' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(requested).toBe(true)
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
    expect(page.url()).not.toMatch(/#main/)
    release()
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-app'))
    await page.getByRole('button', { name: /Einschätzung beginnen/ }).waitFor()
    expect(page.url()).not.toMatch(/#main/)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(GERMAN_TITLE)
    expect(problems).toEqual([])
    await context.close()
  })

  test('on English in the language switch is kept too: the page turns English once the app is there', async () => {
    const { context, page, problems, release, requested } = await slowApp()
    await page.getByRole('button', { name: 'EN English' }).click()
    await expect.poll(requested).toBe(true)
    await expect(page.locator('html').getAttribute('data-queued-click')).resolves.toBe('language-en')
    release()
    await page.getByRole('heading', { level: 1, name: 'Understand your business first. Choose tools later.' }).waitFor()
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    await expect(page.getByRole('button', { name: 'EN English' }).getAttribute('aria-pressed')).resolves.toBe('true')
    expect(problems).toEqual([])
    await context.close()
  })

  test('gives someone with an assessment in progress no second one: the start page offers to continue it', async () => {
    const questionnaire = defaultQuestionnaire()
    const { context, page, problems, release, requested } = await slowApp((c) =>
      seedAssessment(c, completeResponse(questionnaire)),
    )
    // Something stored: the app starts right after the first paint, without waiting for the visitor.
    await expect.poll(requested).toBe(true)
    // A first visit since the assessment was stored: the page cannot know yet, and shows the begin button.
    await page.getByRole('button', { name: /Einschätzung beginnen/ }).click()
    release()
    await page.getByRole('heading', { level: 2, name: 'Ihre Einschätzung' }).waitFor()
    expect(page.url()).not.toMatch(/#\/company/)
    await expect(page.getByRole('button', { name: /Einschätzung beginnen/ }).count()).resolves.toBe(0)
    await waitUntilSaved(page)
    await expect(readStore(page, 'assessments')).resolves.toHaveLength(1)
    expect(problems).toEqual([])
    await context.close()
  })
})
