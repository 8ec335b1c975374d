import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { baseUrl, foreignRequests, launchBrowser, newSession } from './browser.ts'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

test('the start page loads without errors and without requests to other origins', async () => {
  const { page, requests, errors, context } = await newSession(browser)
  await page.goto(baseUrl)
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Groundwork')
  expect(errors).toEqual([])
  expect(foreignRequests(requests)).toEqual([])
  await context.close()
})
