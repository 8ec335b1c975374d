// Lighthouse (mobile settings, offline, Debian's chromium) on pages of the built app, served locally.
import { mkdirSync, writeFileSync } from 'node:fs'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumFlags, chromiumPath } from './chromium-flags.mjs'

/** Scores 0–100 per category and the first and largest contentful paint (ms, simulated mobile) for each URL. */
export async function runLighthouse(urls) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumFlags })
  try {
    const results = []
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
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
