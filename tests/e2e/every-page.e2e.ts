// Every route of the app, filled with data, at 1280 and 360 px: axe (with WCAG 2.5.3 Label in Name)
// reports nothing, and no page scrolls sideways. Also: a bad file's problems are told in German.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { encodeShareCode, validateResponse } from '../../src/domain/index.ts'
import { defaultQuestionnaire, seedAssessment, seedTeamWorkshop } from './app.ts'
import { atPhoneWidth, axeViolations } from './axe.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const fixture = JSON.parse(readFileSync('tests/e2e/fixtures/report-tools-ahead.json', 'utf8')) as unknown
const browser = sharedBrowser()

/** axe at 1280 px and at 360 px, and whether the phone width scrolls sideways; back to 1280 after. */
async function checkBothWidths(page: Page) {
  const wide = await axeViolations(page)
  const { violations: narrow, overflows } = await atPhoneWidth(page)
  return { wide, narrow, overflows }
}

const clean = { wide: [], narrow: [], overflows: false }

async function visit(page: Page, route: string) {
  await page.goto(`${baseUrl}#${route}`)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
}

describe('every page', () => {
  test('the owner’s pages, the settings and the clients pass axe at both widths', async () => {
    const { page, context, errors, requests } = await newSession(browser)
    await seedAssessment(page, fixture)
    const routes = [
      '/',
      '/company',
      `/assess/${questionnaire.dimensions[0]!.id}`,
      '/overview',
      '/report',
      '/questionnaire',
      '/settings/branding',
      '/clients',
      '/nowhere',
    ]
    for (const route of routes) {
      await visit(page, route)
      expect({ route, ...(await checkBothWidths(page)) }).toEqual({ route, ...clean })
    }
    await visit(page, '/clients')
    await page.getByLabel('Name des Mandanten').fill('Muster Metallbau GmbH')
    await page.getByRole('button', { name: 'Mandant anlegen' }).click()
    await page.getByRole('status').filter({ hasText: '„Muster Metallbau GmbH“ ist angelegt.' }).waitFor()
    await page
      .getByRole('region', { name: 'Ihre Mandanten' })
      .getByRole('link', { name: 'Muster Metallbau GmbH' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Muster Metallbau GmbH' }).waitFor()
    expect({ route: 'client', ...(await checkBothWidths(page)) }).toEqual({ route: 'client', ...clean })
    await closeClean({ context, errors, requests })
  }, 240_000)

  test('the workshop pages, the invitation and an answer link pass axe at both widths', async () => {
    const { page, context, errors, requests } = await newSession(browser)
    await seedTeamWorkshop(page, 'w-every', 5)
    const version = `${questionnaire.id}@${questionnaire.version}`
    const valid = validateResponse(fixture)
    if (!valid.ok) throw new Error('fixture invalid')
    const code = await encodeShareCode(valid.value, questionnaire)
    const routes = [
      '/workshops',
      '/workshops/w-every',
      '/workshops/w-every/live',
      '/workshops/w-every/report',
      `/join?w=w-every&q=${encodeURIComponent(version)}&t=Standortbestimmung&r=staff`,
      `/share/${code}?w=w-every`,
    ]
    for (const route of routes) {
      await visit(page, route)
      expect({ route, ...(await checkBothWidths(page)) }).toEqual({ route, ...clean })
    }
    await closeClean({ context, errors, requests })
  }, 240_000)

  test('a bad questionnaire file is explained in German, axe-clean', async () => {
    const { page, context } = await newSession(browser)
    await visit(page, '/questionnaire')
    const broken = { ...questionnaire, version: 'neu' }
    await page.getByLabel('Fragebogen-Datei laden').setInputFiles({
      name: 'eigener.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    })
    const alert = page.getByRole('alert')
    await alert.getByText('„neu“ ist keine Versionsnummer – erlaubt ist eine Form wie 1.0 oder 1.0.0').waitFor()
    expect(await checkBothWidths(page)).toEqual(clean)
    await context.close()
  }, 120_000)
})
