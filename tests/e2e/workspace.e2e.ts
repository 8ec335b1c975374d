// Issue 12 in a real browser: the workspace in IndexedDB keeps everything, says the truth about
// saving when storage is full, and sets aside what it cannot read instead of dropping it.
import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { answerByClick, beginAssessment, defaultQuestionnaire, readStore, storedResponse } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const browser = sharedBrowser()

describe('storage full', () => {
  test('local storage full and the database refusing: a clear message, and no answer lost once space is freed', async () => {
    const { page, context, errors } = await newSession(browser)
    // The database's writes fail with the browser's own quota error while the flag is set.
    await context.addInitScript(() => {
      const refuse = (original: (...args: never[]) => unknown) =>
        function (this: unknown, ...args: never[]) {
          if ((window as { storageFull?: boolean }).storageFull)
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
          return original.apply(this, args)
        }
      IDBObjectStore.prototype.put = refuse(IDBObjectStore.prototype.put) as typeof IDBObjectStore.prototype.put
      IDBObjectStore.prototype.add = refuse(IDBObjectStore.prototype.add) as typeof IDBObjectStore.prototype.add
    })
    await beginAssessment(page, baseUrl)
    // Local storage to the brim, as a year of an earlier version's workshops would leave it.
    await page.evaluate(() => {
      const block = 'x'.repeat(256 * 1024)
      try {
        for (let i = 0; i < 1000; i++) localStorage.setItem(`filler-${i}`, block)
      } catch {
        // Full.
      }
      const small = 'y'.repeat(1024)
      try {
        for (let i = 0; i < 10_000; i++) localStorage.setItem(`filler-small-${i}`, small)
      } catch {
        // Full to the last kilobyte.
      }
      ;(window as { storageFull?: boolean }).storageFull = true
    })

    const [first, second, third, fourth] = questionnaire.questions
    for (const [question, level] of [
      [first!, 2],
      [second!, 3],
      [third!, 1],
      [fourth!, 4],
    ] as const)
      await answerByClick(page, question, level)

    const alert = page.getByRole('alert').filter({ hasText: 'Ihre letzten Änderungen sind noch nicht gespeichert' })
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toMatch(/Speicher dieses Browsers ist voll/)
    await expect(page.getByRole('status', { name: 'Speicherstand' }).textContent()).resolves.toBe('Nicht gespeichert')

    // The backup offered at once holds all four answers.
    const download = page.waitForEvent('download')
    await alert.getByRole('button', { name: 'Sicherung jetzt herunterladen' }).click()
    const backup = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { answers: object }
    expect(Object.keys(backup.answers)).toHaveLength(4)

    // Space is freed: the next try writes everything, and the header says so.
    await page.evaluate(() => {
      ;(window as { storageFull?: boolean }).storageFull = false
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key)
    })
    await alert.getByRole('button', { name: 'Erneut speichern' }).click()
    await alert.waitFor({ state: 'detached' })
    await expect(page.getByRole('status', { name: 'Speicherstand' }).textContent()).resolves.toMatch(/^Gespeichert/)
    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    const stored = await storedResponse(page)
    expect(stored?.answers).toEqual({
      [first!.id]: { choice: 2 },
      [second!.id]: { choice: 3 },
      [third!.id]: { choice: 1 },
      [fourth!.id]: { choice: 4 },
    })
    await closeClean({ context, errors })
  })
})

describe('an earlier version’s stored state', () => {
  test('cut short: set aside with a message and downloadable exactly as it was; the app still starts', async () => {
    const { page, context, errors } = await newSession(browser)
    const whole = JSON.stringify({
      state: {
        response: {
          format: 'groundwork-response',
          formatVersion: 2,
          id: 'r-cut',
          questionnaire: { id: questionnaire.id, version: questionnaire.version },
          answers: { [questionnaire.questions[0]!.id]: { choice: 3 } },
          createdAt: '2026-11-01T09:00:00.000Z',
          updatedAt: '2026-11-01T09:30:00.000Z',
        },
        lastQuestionId: null,
      },
      version: 1,
    })
    const cut = whole.slice(0, Math.floor(whole.length / 2))
    await context.addInitScript((raw) => {
      if (!localStorage.getItem('e2e.seeded')) {
        localStorage.setItem('groundwork.assessment', raw)
        localStorage.setItem('e2e.seeded', '1')
      }
    }, cut)
    await page.goto(baseUrl)
    const alert = page.getByRole('alert').filter({ hasText: 'Gespeicherte Daten konnten nicht gelesen werden' })
    await alert.waitFor()
    const download = page.waitForEvent('download')
    await alert.getByRole('button', { name: 'Beiseitegelegte Daten herunterladen' }).click()
    expect(await readFile(await (await download).path(), 'utf8')).toBe(cut)
    // Kept in the workspace, not only shown: after a reload it is still there to download.
    expect(await readStore(page, 'setAside')).toHaveLength(1)
    await page.reload()
    await page.getByRole('alert').filter({ hasText: 'Gespeicherte Daten konnten nicht gelesen werden' }).waitFor()
    await page.getByRole('button', { name: /Einschätzung beginnen/ }).waitFor()
    await closeClean({ context, errors })
  })
})
