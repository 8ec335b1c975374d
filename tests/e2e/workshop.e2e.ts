import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { AssessmentResponse, Choice } from '../../src/domain/index.ts'
import { defaultQuestionnaire, replaceStoredResponse, storedWorkshop, participantByLink } from './app.ts'
import { baseUrl, newSession } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { atPhoneWidth, axeViolations as axe } from './axe.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const [q0, q1] = questionnaire.questions
const SHOTS = '/tmp/gw-shots'

const browser = sharedBrowser()

function response(
  id: string,
  levels: (i: number) => Choice,
  respondent?: { name?: string; role?: string },
  version = questionnaire.version,
): AssessmentResponse {
  return {
    format: 'groundwork-response',
    formatVersion: 2,
    id,
    questionnaire: { id: questionnaire.id, version },
    ...(respondent ? { respondent } : {}),
    answers: Object.fromEntries(questionnaire.questions.map((q, i) => [q.id, { choice: levels(i) }])),
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  }
}

const file = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data)),
})

async function createWorkshop(page: Page, title: string): Promise<void> {
  await page.goto(`${baseUrl}#/workshops`)
  await page.getByRole('button', { name: 'Neuen Workshop anlegen' }).click()
  await page.getByLabel('Titel').fill(title)
  await page.getByLabel('Unternehmen oder Organisation (optional)').fill('Muster Metallbau GmbH')
  await page.getByRole('button', { name: 'Workshop anlegen' }).click()
  await page.getByRole('heading', { level: 1, name: title }).waitFor()
}

describe('workshop mode', () => {
  test('create, import three files (one refused), see spread and topics, walk live mode by keyboard; axe clean', async () => {
    const { page, requests, errors, context } = await newSession(browser)
    await page.goto(`${baseUrl}#/workshops`)
    await page.getByRole('heading', { level: 1, name: 'Workshops' }).waitFor()
    expect(await axe(page)).toEqual([])
    await createWorkshop(page, 'Strategieklausur Herbst')

    // Two agree on everything but two questions; a third answered an older questionnaire version.
    const anna = response('r-anna', (i) => (i === 0 ? 2 : i === 1 ? 0 : 2), { name: 'Anna', role: 'management' })
    const ben = response('r-ben', (i) => (i === 0 ? 0 : i === 1 ? 4 : 2), { role: 'staff' })
    const old = response('r-old', () => 3, undefined, '0.9')
    await page
      .getByLabel('Dateien auswählen')
      .setInputFiles([file('anna.json', anna), file('ben.json', ben), file('alt.json', old)])
    await page.getByText('2 hinzugefügt, 0 doppelt, 1 abgewiesen.').waitFor()
    await expect(
      page
        .getByText(
          new RegExp(
            `alt\\.json: abgewiesen\\..*Version 0\\.9; dieser Workshop nutzt „groundwork“ Version ${questionnaire.version.replace('.', '\\.')}`,
          ),
        )
        .count(),
    ).resolves.toBe(1)
    await page.getByLabel('Dateien auswählen').setInputFiles([file('anna-nochmal.json', anna)])
    await page.getByText('0 hinzugefügt, 1 doppelt, 0 abgewiesen.').waitFor()
    expect(await axe(page)).toEqual([])
    expect(await atPhoneWidth(page)).toEqual({ violations: [], overflows: false })
    await page.screenshot({ path: `${SHOTS}/workshop-page.png` })

    await page.getByRole('link', { name: 'Teambericht' }).click()
    await page.getByRole('heading', { level: 2, name: /Diskussionsthemen/ }).waitFor()
    const topics = page
      .getByRole('region', { name: /Diskussionsthemen/ })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
    await expect(topics.count()).resolves.toBe(2)
    await expect(topics.nth(0).getByRole('heading', { level: 3 }).textContent()).resolves.toBe(q1!.title.de)
    await expect(topics.nth(0).getByText('Geteilt · Einigkeit 50 % · Stufe 0 bis 4').count()).resolves.toBe(1)
    await expect(topics.nth(0).getByText(q1!.levels[0]!.de, { exact: true }).count()).resolves.toBe(1)
    await expect(topics.nth(0).getByText(q1!.levels[4]!.de, { exact: true }).count()).resolves.toBe(1)
    await expect(topics.nth(1).getByRole('heading', { level: 3 }).textContent()).resolves.toBe(q0!.title.de)
    const roles = page.getByRole('table', { name: 'Mittlere Stufe: Geschäftsführung gegenüber Mitarbeitende' })
    await expect(roles.getByRole('row').nth(1).getByRole('cell').last().textContent()).resolves.toBe('−4,0')
    expect(await axe(page)).toEqual([])
    expect(await atPhoneWidth(page)).toEqual({ violations: [], overflows: false })
    await page.setViewportSize({ width: 1280, height: 1100 })
    await page.evaluate(() => window.scrollTo(0, 0))
    await page.screenshot({ path: `${SHOTS}/workshop-report.png` })
    await page.getByRole('heading', { level: 2, name: /Diskussionsthemen/ }).scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, 180))
    await page.screenshot({ path: `${SHOTS}/workshop-report-topics.png` })
    await page.setViewportSize({ width: 1280, height: 900 })

    // Live mode with the keyboard alone.
    await page.goBack()
    await page.getByRole('link', { name: 'Live-Modus' }).first().waitFor()
    await page.getByRole('link', { name: 'Live-Modus' }).first().focus()
    await page.keyboard.press('Enter')
    await page.getByText(`Frage 1 von ${questionnaire.questions.length}`).waitFor()
    for (let i = 0; i < 40; i++) {
      if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'radio')) break
      await page.keyboard.press('Tab')
    }
    // Anna's and Ben's answers came as files: a keypress on their rows changes nothing until unlocked.
    await page.keyboard.press('4')
    expect((await storedWorkshop(page)).participants.map((p) => p.answers[q0!.id]?.choice)).toEqual([2, 0])
    for (const unlock of await page.getByRole('button', { name: /^Bearbeiten: / }).all()) {
      await unlock.focus()
      await page.keyboard.press('Enter')
    }
    // Back to the first person's row, and on by keyboard alone.
    await page.getByRole('radio').first().focus()
    await page.keyboard.press('3')
    await page.keyboard.press('1')
    await page.getByText('Spanne im Raum: Stufe 1 bis 3 (2 Stufen auseinander)').waitFor()
    await page.keyboard.press('2') // the consensus row
    await page.keyboard.press('PageDown')
    await page.getByText(`Frage 2 von ${questionnaire.questions.length}`).waitFor()
    await page.keyboard.press('4')
    await page.keyboard.press('d')
    await page.getByText('Bisher eine Einschätzung: Stufe 4').waitFor()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowLeft')
    await page.getByText('Bisher eine Einschätzung: Stufe 3').waitFor()
    expect(await axe(page)).toEqual([])
    expect(await atPhoneWidth(page)).toEqual({ violations: [], overflows: false })
    await page.keyboard.press('PageUp')
    await page.getByText(`Frage 1 von ${questionnaire.questions.length}`).waitFor()
    // For the projector: the live view alone on the whole screen, and back.
    await page.getByRole('button', { name: 'Vollbild' }).click()
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('live') === true)
    await page.getByRole('button', { name: 'Vollbild beenden', pressed: true }).click()
    await page.waitForFunction(() => document.fullscreenElement === null)
    await page.screenshot({ path: `${SHOTS}/workshop-live.png` })
    const stored = await storedWorkshop(page)
    expect(stored.participants.map((p) => [p.answers[q0!.id]?.choice, p.answers[q1!.id]?.choice])).toEqual([
      [3, 3],
      [1, 'dontKnow'],
    ])
    expect(stored.consensus).toEqual({ [q0!.id]: 2 })

    await page.goto(`${baseUrl}#/workshops`)
    await page.getByRole('heading', { level: 2, name: 'Ihre Workshops' }).waitFor()
    await page.screenshot({ path: `${SHOTS}/workshop-list.png` })
    await closeClean({ context, errors, requests })
  })

  test("a participant's answer link opened in a fresh browser profile arrives complete", async () => {
    // The participant's device: answers stored, the invitation opened again offers the link.
    const participant = await newSession(browser)
    const answers = response('r-carla', (i) => (i % 5) as Choice, { name: 'Carla', role: 'sales-service' })
    await participant.page.goto(`${baseUrl}#/workshops`)
    await replaceStoredResponse(participant.page, answers)
    await participant.page.goto(`${baseUrl}#/join?w=w-1&q=${questionnaire.id}%40${questionnaire.version}&t=Klausur`)
    await participant.page.reload() // only the hash changed: load again so the stored answers are read
    const linkField = participant.page.getByLabel('Ihr Antwort-Link')
    await linkField.waitFor()
    const link = await linkField.inputValue()
    expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+$/)
    expect(link.length).toBeLessThan(400)
    await closeClean(participant)

    // The facilitator's device: a fresh profile with a workshop; the link adds Carla with every answer.
    const facilitator = await newSession(browser)
    await createWorkshop(facilitator.page, 'Klausur')
    await facilitator.page.goto(link)
    await facilitator.page.getByRole('heading', { name: 'Antworten von Carla' }).waitFor()
    await facilitator.page.getByRole('button', { name: 'Zum Workshop hinzufügen' }).click()
    await facilitator.page.getByText('Zum Workshop „Klausur“ hinzugefügt.').waitFor()
    expect(await axe(facilitator.page)).toEqual([])
    const stored = await storedWorkshop(facilitator.page)
    expect(stored.participants).toEqual([expect.objectContaining(participantByLink(answers))])
    await facilitator.page.reload() // the same link once more: recognised, not added twice
    await facilitator.page.getByRole('button', { name: 'Zum Workshop hinzufügen' }).click()
    await facilitator.page.getByText(/schon enthalten/).waitFor()
    await closeClean(facilitator)
  })

  test('500 imported responses: the team report shows its heading and first table quickly', async () => {
    const { page, context, errors } = await newSession(browser)
    await createWorkshop(page, 'Mitarbeitendenbefragung')
    const files = Array.from({ length: 500 }, (_, n) =>
      file(
        `r-${n}.json`,
        response(`r-${n}`, (i) => ((n * 7 + i * 3) % 6 === 5 ? 'dontKnow' : (((n * 7 + i * 3) % 6) as Choice)), {
          role: n % 3 === 0 ? 'management' : 'staff',
        }),
      ),
    )
    const importStart = Date.now()
    await page.getByLabel('Dateien auswählen').setInputFiles(files)
    await page.getByText('500 hinzugefügt, 0 doppelt, 0 abgewiesen.').waitFor({ timeout: 60_000 })
    const importMs = Date.now() - importStart
    const start = Date.now()
    await page.getByRole('link', { name: 'Teambericht' }).click()
    await page.getByRole('heading', { level: 1, name: 'Mitarbeitendenbefragung' }).waitFor()
    const headingMs = Date.now() - start
    await page.getByRole('table', { name: /Dimensionen: Punkte von 100/ }).waitFor()
    const tableMs = Date.now() - start
    console.log(
      `500 participants: import ${importMs} ms; team report heading ${headingMs} ms, first table ${tableMs} ms`,
    )
    expect(tableMs).toBeLessThan(5000)
    await closeClean({ context, errors })
  })
})
