// Lighthouse (mobile settings, offline, Debian's chromium) on pages of the built app, served locally.
import { mkdirSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { chromiumFlags, chromiumPath } from './chromium-flags.mjs'

/**
 * Scores 0–100 per category and the first and largest contentful paint (ms, simulated mobile) for each page.
 * A page is `{ url }`, measured as a first visit (Lighthouse clears the origin's storage first), or
 * `{ url, prepare }`: `prepare(page)` runs in the same browser profile first (e.g. starts an assessment, so a
 * question step shows a question rather than the "nothing started yet" notice) and its stored data is kept.
 */
export async function runLighthouse(pages) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags })
  try {
    const results = []
    for (const { url, prepare } of pages) {
      if (prepare) await inProfile(chrome.port, prepare)
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        disableStorageReset: Boolean(prepare),
      })
      const { categories, audits } = result.lhr
      // To read what the scores come from (blocking time, long tasks, request chains): the whole report.
      const keep = process.env.LIGHTHOUSE_JSON
      if (keep) {
        mkdirSync(keep, { recursive: true })
        const name = new URL(url).hash.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '') || 'start'
        writeFileSync(`${keep}/${name}-${Date.now()}.json`, JSON.stringify(result.lhr))
      }
      const failing = Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id)
      results.push({
        url,
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories['best-practices'].score * 100),
        firstContentfulPaintMs: audits['first-contentful-paint'].numericValue,
        largestContentfulPaintMs: audits['largest-contentful-paint'].numericValue,
        totalBlockingTimeMs: audits['total-blocking-time'].numericValue,
        failing,
      })
    }
    return results
  } finally {
    await chrome.kill()
  }
}

/** Runs `prepare(page)` in a tab of the browser's own profile, the one Lighthouse measures in. */
async function inProfile(port, prepare) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`)
  try {
    const page = await browser.contexts()[0].newPage()
    await prepare(page)
    // Only what the user stored stays (the database, local storage): the app's files load cold as on a
    // first visit — no service worker, no cache — so the figure is not a warm reload.
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister()
      for (const key of await caches.keys()) await caches.delete(key)
    })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
    await page.close()
  } finally {
    await browser.close() // disconnects; the browser keeps running for Lighthouse
  }
}
