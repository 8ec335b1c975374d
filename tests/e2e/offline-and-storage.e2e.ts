// The promises of issue 7 in a real browser: offline after the first visit, no request to another
// origin, and stored state that fails validation set aside and downloadable, never lost.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { answerByClick, beginAssessment, defaultQuestionnaire, readStore, storedResponse } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const browser = sharedBrowser()

/** Waits until the service worker has precached the app and controls the page. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller)
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      )
    return registration.active?.state
  })
}

describe('offline', () => {
  test('after the first visit the whole assessment and its report work with no network', async () => {
    const { page, context, requests, errors } = await newSession(browser)
    await page.goto(baseUrl)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await waitForServiceWorker(page)

    await context.setOffline(true)
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await beginAssessment(page, baseUrl)
    for (const [d, dimension] of questionnaire.dimensions.entries()) {
      await page.getByRole('heading', { level: 1, name: dimension.title.de }).waitFor()
      for (const question of questionnaire.questions.filter((q) => q.dimension === dimension.id))
        await answerByClick(page, question, (d % 4) + 1 === 4 ? 3 : (((d % 4) + 1) as 1 | 2 | 3))
      await page.locator('[data-step="next"]').click()
    }
    await page.waitForURL(/#\/overview/)
    await page.goto(`${baseUrl}#/report`)
    await page
      .getByRole('heading', { level: 1 })
      .filter({ hasText: /Bericht/ })
      .waitFor()
    await expect(
      page
        .getByText(`${questionnaire.questions.length} von ${questionnaire.questions.length} Fragen beantwortet`)
        .first()
        .isVisible(),
    ).resolves.toBe(true)

    // The PDF too: its code and fonts come from the precache.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'PDF herunterladen' }).click()
    const file = await (await download).path()
    expect((await readFile(file)).subarray(0, 5).toString()).toBe('%PDF-')

    await closeClean({ context, errors, requests })
  })
})

describe('stored state that fails validation', () => {
  test('is set aside with a message, and its backup downloads unchanged', async () => {
    const { page, context, errors } = await newSession(browser)
    const corrupt = {
      state: {
        response: { format: 'groundwork-response', formatVersion: 1, answers: { 'bm-value-statement': { choice: 9 } } },
      },
      version: 1,
    }
    await page.goto(baseUrl)
    await page.evaluate((value) => localStorage.setItem('groundwork.assessment', JSON.stringify(value)), corrupt)
    await page.reload()

    const alert = page.getByRole('alert').filter({ hasText: 'Gespeicherte Daten konnten nicht gelesen werden' })
    await alert.waitFor()
    const download = page.waitForEvent('download')
    await alert.getByRole('button', { name: 'Beiseitegelegte Daten herunterladen' }).click()
    const saved = JSON.parse(await readFile(await (await download).path(), 'utf8'))
    expect(saved).toEqual(corrupt.state)

    // Kept in the workspace's own store of set-aside data, and the old key is gone.
    expect(await readStore(page, 'setAside')).toHaveLength(1)
    expect(await page.evaluate(() => localStorage.getItem('groundwork.assessment'))).toBeNull()
    await closeClean({ context, errors })
  })
})

describe('two tabs', () => {
  test('an answer given in one tab appears in the other, and is not overwritten by it', async () => {
    const { page, context } = await newSession(browser)
    await beginAssessment(page, baseUrl)
    const [first, second] = questionnaire.questions
    const other = await context.newPage()
    await other.goto(page.url())
    await other.getByRole('heading', { level: 1 }).waitFor()

    await answerByClick(page, first!, 3)
    await expect.poll(() => other.locator(`#question-${first!.id}-3`).isChecked()).toBe(true)
    await answerByClick(other, second!, 1)
    await expect.poll(() => page.locator(`#question-${second!.id}-1`).isChecked()).toBe(true)

    const stored = (await storedResponse(page))?.answers
    expect(stored).toEqual({ [first!.id]: { choice: 3 }, [second!.id]: { choice: 1 } })
    await context.close()
  })
})
