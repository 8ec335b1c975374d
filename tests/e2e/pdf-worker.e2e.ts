// The PDF is made in a worker, prepared once the report has settled: the page stays responsive
// while it is made, and if the worker cannot run, the page makes it itself and says so.
import { spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { expect, test } from 'vitest'
import { completeResponse } from '../builders/sample.ts'
import { defaultQuestionnaire, seedAssessment } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { longestTaskBetween, pageNow, recordLongTasks } from './long-tasks.ts'
import { closeClean } from './close-clean.ts'

const browser = sharedBrowser()

async function pdfText(download: Download): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'groundwork-e2e-')), download.suggestedFilename())
  await download.saveAs(file)
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
  if (run.error) throw new Error('pdftotext is missing: apt-get install poppler-utils')
  return run.stdout.replace(/\s+/g, ' ')
}

async function clickForPdf(page: Page) {
  const button = page.getByRole('button', { name: 'PDF herunterladen' })
  const from = await pageNow(page)
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()])
  return { download, longestTaskMs: await longestTaskBetween(page, from, await pageNow(page)) }
}

test('the PDF comes from the worker, prepared while the report is open: no task blocks the page over 100 ms', async () => {
  const { context, page, errors } = await newSession(browser)
  await recordLongTasks(context)
  await seedAssessment(context, completeResponse(defaultQuestionnaire()))
  await page.goto(`${baseUrl}#/report`)
  await page.getByRole('button', { name: 'PDF herunterladen' }).waitFor()
  // Prepared in the background once the report has settled, not on the click.
  await expect.poll(() => page.workers().some((w) => w.url().includes('pdf.worker')), { timeout: 10_000 }).toBe(true)
  await page.waitForTimeout(3000)
  const { download, longestTaskMs } = await clickForPdf(page)
  expect(longestTaskMs).toBeLessThan(100)
  expect(download.suggestedFilename()).toBe('groundwork-mueller-strassenbau-gmbh-2026-11-23.pdf')
  const text = await pdfText(download)
  expect(text).toContain('Müller Straßenbau GmbH')
  expect(text).toContain('Gesamtbild')
  // Made again after a change of language: the prepared German file is not handed out.
  await page.getByRole('button', { name: /^EN\b|English/ }).click()
  const [english] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Download PDF' }).click(),
  ])
  expect(await pdfText(english)).toContain('The overall picture')
  expect(await page.getByText(/could not be created in the background/).count()).toBe(0)
  await closeClean({ context, errors })
})

test('without the worker (its script blocked), the page makes the PDF itself and says so', async () => {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'de-DE', serviceWorkers: 'block' })
  await context.route(/pdf\.worker-[^/]*\.js$/, (route) => route.abort())
  await seedAssessment(context, completeResponse(defaultQuestionnaire()))
  const page = await context.newPage()
  await page.goto(`${baseUrl}#/report`)
  const download = page.waitForEvent('download', { timeout: 60_000 })
  await page.getByRole('button', { name: 'PDF herunterladen' }).click()
  // Said while it is made (the page may pause meanwhile), not only in the console.
  await page.getByRole('status').filter({ hasText: 'Im Hintergrund ließ sich das PDF nicht erstellen' }).waitFor()
  expect(await pdfText(await download)).toContain('Müller Straßenbau GmbH')
  await page.getByRole('status').filter({ hasText: 'ist erstellt' }).waitFor()
  await context.close()
})
