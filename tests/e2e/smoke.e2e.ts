import { expect, test } from 'vitest'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { closeClean } from './close-clean.ts'

const browser = sharedBrowser()

test('the start page loads without errors and without requests to other origins', async () => {
  const { page, requests, errors, context } = await newSession(browser)
  await page.goto(baseUrl)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await expect(
    page
      .getByRole('link', { name: /Groundwork/ })
      .first()
      .isVisible(),
  ).resolves.toBe(true)
  await expect(page.title()).resolves.toBe('Groundwork')
  await closeClean({ context, errors, requests })
})
