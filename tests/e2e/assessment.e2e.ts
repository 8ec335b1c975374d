import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { answerByClick, beginAssessment, defaultQuestionnaire, plannedChoice, storedResponse } from './app.ts'
import { baseUrl, foreignRequests, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const browser = sharedBrowser()

/** What has focus: its tag, type, name, checked value and the data-step marker of step buttons. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return {
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      name: el?.name ?? '',
      step: el?.dataset.step ?? '',
      text: el?.textContent ?? '',
    }
  })

/** Waits until the element with this id has focus (focus moves after the page has rendered). */
const waitForFocus = (page: Page, id: string) =>
  page.waitForFunction((expected) => document.activeElement?.id === expected, id, { timeout: 5000 })

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  what: string,
  limit = 40,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    if (matches(await focused(page))) return
  }
  throw new Error(`Tab never reached ${what}`)
}

describe('the owner alone, with the keyboard only', () => {
  test('walks the whole default questionnaire to the end with Tab, Space and the arrow keys', async () => {
    const { page, context, requests, errors } = await newSession(browser)
    await page.goto(baseUrl)
    await page.getByRole('heading', { level: 1 }).waitFor()

    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.includes('Einschätzung beginnen'), 'the start button')
    await page.keyboard.press('Space')
    await page.waitForURL(/#\/company/)
    // Pages load as their own chunks: wait for the form before tabbing into it.
    await page.getByRole('textbox').first().waitFor()
    await tabTo(page, (f) => f.tag === 'INPUT' && f.type === 'text', 'the company name')
    await page.keyboard.type('Müller Haustechnik GmbH')
    await tabTo(page, (f) => f.tag === 'BUTTON' && f.text.includes('Speichern und weiter'), 'the save button')
    await page.keyboard.press('Space')

    const expected: Record<string, unknown> = {}
    let n = 0
    for (const [d, dimension] of questionnaire.dimensions.entries()) {
      await page.waitForURL(new RegExp(`#/assess/${dimension.id}`))
      await page.getByRole('heading', { level: 1, name: dimension.title.de }).waitFor()
      for (const question of questionnaire.questions.filter((q) => q.dimension === dimension.id)) {
        await tabTo(page, (f) => f.type === 'radio' && f.name === question.id, `question ${question.id}`)
        const choice = plannedChoice(question, n++)
        const index = ['0', '1', '2', '3', '4', 'dontKnow', 'notApplicable', 'notNeeded']
          .filter((c) => (c.length > 1 ? question.options[c as 'dontKnow'] : true))
          .indexOf(String(choice))
        // No radio is checked yet: Tab lands on the first; Space picks it, each arrow moves and picks.
        if (index === 0) await page.keyboard.press('Space')
        else for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown')
        await expect(page.locator(`input[name="${question.id}"]:checked`).getAttribute('value')).resolves.toBe(
          String(choice),
        )
        expected[question.id] = { choice }
      }
      const last = d === questionnaire.dimensions.length - 1
      await tabTo(page, (f) => f.step === 'next', last ? 'the overview button' : 'the next-area button')
      await page.keyboard.press('Space')
    }

    await page.waitForURL(/#\/overview/)
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor()
    const total = questionnaire.questions.length
    await expect(
      page.getByRole('progressbar', { name: 'Fortschritt insgesamt' }).getAttribute('aria-valuenow'),
    ).resolves.toBe(String(total))
    await page.getByText('Alle Fragen sind beantwortet.').waitFor()
    const stored = await storedResponse(page)
    expect(stored?.answers).toEqual(expected)
    expect(stored?.company).toEqual({ name: 'Müller Haustechnik GmbH' })
    await closeClean({ context, errors, requests })
  })
})

describe('nothing is lost', () => {
  test('a reload in the middle keeps every answer and note, and resume returns to the same question', async () => {
    const { page, context, requests } = await newSession(browser)
    await beginAssessment(page, baseUrl)
    const [first, second, third] = questionnaire.questions
    await answerByClick(page, first!, 3)
    await answerByClick(page, second!, 'dontKnow')
    await page.getByRole('textbox', { name: /Notiz/ }).nth(1).fill('Nur der Chef weiß das.')
    await answerByClick(page, third!, 1)
    await page.waitForURL(new RegExp(`q=${third!.id}`))
    await page.getByText(/Gespeichert \d\d:\d\d/).waitFor()

    await page.reload()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await expect(page.locator(`#question-${first!.id}-3`).isChecked()).resolves.toBe(true)
    await expect(page.locator(`#question-${second!.id}-dontKnow`).isChecked()).resolves.toBe(true)
    await expect(page.getByRole('textbox', { name: /Notiz/ }).nth(1).inputValue()).resolves.toBe(
      'Nur der Chef weiß das.',
    )
    await waitForFocus(page, `question-${third!.id}-1`)

    await page.getByRole('link', { name: /zur Startseite/ }).click()
    await page.getByRole('link', { name: /Weitermachen/ }).click()
    await page.waitForURL(new RegExp(`#/assess/${third!.dimension}\\?q=${third!.id}`))
    await waitForFocus(page, `question-${third!.id}-1`)
    await closeClean({ context, requests })
  })
})

describe('export and import', () => {
  test('a file exported on one device restores every answer in a fresh browser profile', async () => {
    const first = await newSession(browser)
    await beginAssessment(first.page, baseUrl)
    for (const [n, question] of questionnaire.questions.entries()) {
      if (!first.page.url().includes(`/assess/${question.dimension}`))
        await first.page.goto(`${baseUrl}#/assess/${question.dimension}`)
      await answerByClick(first.page, question, plannedChoice(question, n + 2))
    }
    await first.page.getByRole('textbox', { name: /Notiz/ }).first().fill('Notiz, die mitreisen muss')
    await first.page.goto(`${baseUrl}#/overview`)
    const [download] = await Promise.all([
      first.page.waitForEvent('download'),
      first.page.getByRole('button', { name: 'Antworten herunterladen' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^groundwork-antworten-\d{4}-\d{2}-\d{2}\.json$/)
    const path = await download.path()
    const exported = JSON.parse(readFileSync(path, 'utf8'))
    const original = await storedResponse(first.page)
    expect(exported).toEqual(original)
    expect(Object.keys(exported.answers)).toHaveLength(questionnaire.questions.length)

    const second = await newSession(browser)
    await second.page.goto(baseUrl)
    // A first visit opens the workspace (which the file button needs) once the visitor reaches it.
    await second.page.getByRole('heading', { name: 'Auf einem anderen Gerät weitermachen' }).scrollIntoViewIfNeeded()
    await second.page.getByLabel('Antwortdatei importieren').setInputFiles(path)
    await second.page.getByText(`Importiert: ${questionnaire.questions.length} Antworten.`).waitFor()
    expect(await storedResponse(second.page)).toEqual(original)
    await second.page.getByRole('link', { name: 'Zur Übersicht' }).click()
    await second.page.getByText('Alle Fragen sind beantwortet.').waitFor()
    const lastTech = questionnaire.questions.at(-1)!
    await second.page.goto(`${baseUrl}#/assess/${lastTech.dimension}`)
    const n = questionnaire.questions.length - 1
    await expect(
      second.page.locator(`#question-${lastTech.id}-${plannedChoice(lastTech, n + 2)}`).isChecked(),
    ).resolves.toBe(true)

    expect(foreignRequests([...first.requests, ...second.requests])).toEqual([])
    await first.context.close()
    await second.context.close()
  })

  test('a malformed file shows what is wrong and keeps the answers', async () => {
    const { page, context, requests } = await newSession(browser)
    await beginAssessment(page, baseUrl)
    const question = questionnaire.questions[0]!
    await answerByClick(page, question, 2)
    const before = await storedResponse(page)
    await page.goto(`${baseUrl}#/overview`)
    const input = page.getByLabel('Antwortdatei importieren')

    await input.setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "groundwork-response", '),
    })
    const alert = page.getByRole('alert')
    await alert.getByText('„kaputt.json“ konnte nicht importiert werden').waitFor()
    await expect(alert.textContent()).resolves.toContain('Kein gültiges JSON')

    const wrong = { ...before, answers: { [question.id]: { choice: 9 } } }
    await input.setInputFiles({
      name: 'falsch.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(wrong)),
    })
    await alert.getByText('„falsch.json“').waitFor()
    await expect(alert.textContent()).resolves.toContain(`answers.${question.id}.choice`)

    expect(await storedResponse(page)).toEqual(before)
    await page.reload()
    expect(await storedResponse(page)).toEqual(before)
    await closeClean({ context, requests })
  })
})
