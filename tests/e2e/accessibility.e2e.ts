import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { answerByClick, beginAssessment, defaultQuestionnaire } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { axeViolations as violations } from './axe.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const browser = sharedBrowser()

/** Pages wider than the viewport make people scroll sideways. */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

describe.each([1280, 360])('axe-core at %i px', (width) => {
  test('reports nothing on the start page, a question step and the overview; no sideways scrolling', async () => {
    const { page, context, requests, errors } = await newSession(browser, { width, height: 800 })
    await page.goto(baseUrl)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(await violations(page)).toEqual([])
    expect(await overflows(page)).toBe(false)

    await beginAssessment(page, baseUrl)
    const [first, second] = questionnaire.questions
    await answerByClick(page, first!, 2)
    await answerByClick(page, second!, 'dontKnow')
    await page
      .locator('details')
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true))
    expect(await violations(page)).toEqual([])
    expect(await overflows(page)).toBe(false)

    await page.getByRole('link', { name: 'Übersicht' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor()
    expect(await violations(page)).toEqual([])
    expect(await overflows(page)).toBe(false)

    await page.getByRole('button', { name: 'Neu beginnen' }).click()
    await page.getByRole('dialog').waitFor()
    expect(await violations(page)).toEqual([])

    await closeClean({ context, errors, requests })
  })
})

describe('the language switch', () => {
  test('changes the visible strings from German to English, sets html lang and is remembered', async () => {
    const { page, context, requests } = await newSession(browser)
    await page.goto(baseUrl)
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('de')
    await page
      .getByRole('heading', { level: 1, name: 'Erst das Geschäft verstehen. Dann die Werkzeuge wählen.' })
      .waitFor()
    await page.getByRole('button', { name: /Einschätzung beginnen/ }).waitFor()
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Übersicht' }).waitFor()

    await page.getByRole('button', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Understand your business first. Choose tools later.' }).waitFor()
    await page.getByRole('button', { name: /Start the assessment/ }).waitFor()
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Overview' }).waitFor()
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en')
    const text = await page.locator('body').innerText()
    for (const german of ['Übersicht', 'Bericht', 'Einschätzung', 'Ihre', 'Fragebogen', 'Sie '])
      expect(text, `"${german}" is still on the English page`).not.toContain(german)

    await page.reload()
    await page.getByRole('heading', { level: 1, name: /Understand your business first/ }).waitFor()
    await page.getByRole('button', { name: /Start the assessment/ }).click()
    await page.getByRole('button', { name: 'Skip' }).click()
    const first = questionnaire.dimensions[0]!
    await page.getByRole('heading', { level: 1, name: first.title.en }).waitFor()
    const step = await page.locator('main').innerText()
    expect(step).toContain(questionnaire.questions[0]!.prompt.en)
    expect(step).toContain('Why this matters')
    expect(step).not.toContain('Warum das wichtig ist')
    await closeClean({ context, requests })
  })
})
