// The PDF download in a real browser, and the branding page's accessibility.
// Needs the app to compose the button and the route (see src/features/pdf/download-pdf-button.tsx):
//   report route: <ReportPage actions={<DownloadPdfButton />} />; #/settings/branding → BrandingPage.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { completeResponse } from '../builders/sample.ts'
import { defaultQuestionnaire, seedAssessment, storedBranding } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { axeViolations } from './axe.ts'
import { closeClean } from './close-clean.ts'

const browser = sharedBrowser()

function pdfinfo(file: string): Record<string, string> {
  const run = spawnSync('pdfinfo', ['-enc', 'UTF-8', file], { encoding: 'utf8' })
  if (run.error) throw new Error('pdfinfo is missing: apt-get install poppler-utils')
  expect(run.status, run.stderr).toBe(0)
  return Object.fromEntries(
    run.stdout.split('\n').flatMap((line) => {
      const match = line.match(/^([^:]+):\s*(.*)$/)
      return match ? [[match[1]!, match[2]!]] : []
    }),
  )
}

test('the report offers the PDF: a real A4 file with company and date in its name, nothing fetched from elsewhere', async () => {
  const { context, page, requests, errors } = await newSession(browser)
  const response = completeResponse(defaultQuestionnaire())
  await seedAssessment(context, response)
  await page.goto(`${baseUrl}#/report`)
  const button = page.getByRole('button', { name: 'PDF herunterladen' })
  await button.waitFor()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()])
  expect(download.suggestedFilename()).toBe('groundwork-mueller-strassenbau-gmbh-2026-11-23.pdf')
  const file = join(mkdtempSync(join(tmpdir(), 'groundwork-e2e-')), download.suggestedFilename())
  await download.saveAs(file)
  expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const info = pdfinfo(file)
  expect(Number(info.Pages)).toBeGreaterThanOrEqual(3)
  expect(info['Page size']).toContain('(A4)')
  expect(info.Title).toBe('Digitale Standortbestimmung – Müller Straßenbau GmbH')
  // What was bought against the business model, read back from the file: findings and the map.
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ')
  expect(text).toContain('Werkzeuge gekauft, bevor das Geschäft verstanden ist')
  expect(text).toContain('Bei CRM ist es schon einmal so gegangen')
  expect(text).toContain('Gekauft, aber kaum genutzt')
  expect(text).toContain('Geschäftsmodell und eingeführte Werkzeuge')
  expect(text).toContain('Ihr Unternehmen: Werkzeuge zuerst')
  // The map is drawn, not pasted in as a picture: no raster images in the file.
  const images = spawnSync('pdfimages', ['-list', file], { encoding: 'utf8' }).stdout.trim().split('\n')
  expect(images.length).toBeLessThanOrEqual(2)
  await expect(page.getByRole('status').filter({ hasText: 'ist erstellt' }).count()).resolves.toBe(1)
  await closeClean({ context, errors, requests })
})

test('the branding page: axe-core reports nothing; a saved name reaches storage', async () => {
  const { context, page } = await newSession(browser)
  await page.goto(`${baseUrl}#/settings/branding`)
  await page.getByRole('heading', { level: 1, name: 'Ihr Auftritt im PDF' }).waitFor()
  expect(await axeViolations(page)).toEqual([])
  await page.getByLabel('Ihr Name').fill('Eva Groß')
  await page.getByRole('button', { name: 'Speichern' }).click()
  await page
    .getByRole('main')
    .getByText(/Gespeichert/)
    .waitFor()
  expect((await storedBranding(page))?.name).toBe('Eva Groß')
  await context.close()
})
