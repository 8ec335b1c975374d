// Saves screenshots of the start page and a question step (desktop and 360 px, German and English)
// to /tmp/gw-shots/ (or SHOTS_DIR) for a look at the design. Run with the preview server up:
//   npx vite preview & E2E_BASE_URL=http://127.0.0.1:4173/ npx tsx tests/e2e/screenshots.ts
import { mkdirSync } from 'node:fs'
import { baseUrl, launchBrowser, newSession } from './browser.ts'

const dir = process.env.SHOTS_DIR ?? '/tmp/gw-shots'
mkdirSync(dir, { recursive: true })
const browser = await launchBrowser()
try {
  for (const locale of ['de', 'en'] as const)
    for (const width of [1280, 360]) {
      const { page, context } = await newSession(browser, { width, height: width === 360 ? 780 : 900 })
      await page.goto(baseUrl)
      await page.evaluate(
        (l) => localStorage.setItem('groundwork.settings', JSON.stringify({ state: { locale: l }, version: 1 })),
        locale,
      )
      await page.reload()
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.screenshot({ path: `${dir}/start-${locale}-${width}.png`, fullPage: true })
      await page.locator('button.button-primary').first().click()
      await page.waitForURL(/#\/company/)
      await page.goto(`${baseUrl}#/assess/business-model`)
      await page.locator('fieldset').first().waitFor()
      const radios = page.locator('input[type=radio]')
      await radios.nth(2).check()
      await page
        .locator('details')
        .first()
        .evaluate((d) => ((d as HTMLDetailsElement).open = true))
      await page.evaluate(() => window.scrollTo(0, 0))
      await page.screenshot({ path: `${dir}/step-${locale}-${width}.png`, fullPage: false })
      await page.goto(`${baseUrl}#/overview`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.screenshot({ path: `${dir}/overview-${locale}-${width}.png`, fullPage: width === 1280 })
      await context.close()
    }
} finally {
  await browser.close()
}
console.log(`screenshots in ${dir}`)
