// A real room: the facilitator and twelve participant devices, each its own browser profile.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { encodeShareCode, type AssessmentResponse, type Choice } from '../../src/domain/index.ts'
import { shareLink } from '../../src/ui/team-links.ts'
import { defaultQuestionnaire, storedWorkshop } from './app.ts'
import { baseUrl, newSession, type Session } from './browser.ts'
import { sharedBrowser } from './shared-browser.ts'
import { axeViolations as axe } from './axe.ts'
import { closeClean } from './close-clean.ts'

const questionnaire = defaultQuestionnaire()
const firstDimension = [...questionnaire.dimensions].sort((a, b) => a.order - b.order)[0]!
const [q0, q1, q2] = questionnaire.questions.filter((q) => q.dimension === firstDimension.id)
const TITLE = 'Klausur Metallbau'

/** Twelve people invited in advance, each with a device of their own; the last uses the room's tablet. */
const invited = [
  ['Anna Becker', 'Geschäftsführung'],
  ['Ben Özdemir', 'Mitarbeitende'],
  ['Carla Nowak', 'Vertrieb und Service'],
  ['David Schulz', 'Produktion und Werkstatt'],
  ['Eva Łukasiewicz', 'Verwaltung'],
  ['Felix Braun', 'Mitarbeitende'],
  ['Greta Hansen', 'Produktion und Werkstatt'],
  ['Hakan Demir', 'Mitarbeitende'],
  ['Ines Vogel', 'Vertrieb und Service'],
  ['Jan Peters', 'Produktion und Werkstatt'],
  ['Katrin Wolf', 'Verwaltung'],
  ['Ayşe Yılmaz', 'Mitarbeitende'],
] as const
/** Invited too, but without a device: the facilitator enters his answers in live mode. */
const KAI = 'Kai Richter'
/** Not invited: takes the tablet after Ayşe and joins with the code the facilitator shows. */
const JONAS = 'Jonas Klein'
const everyone = [...invited.map(([name]) => name), KAI, JONAS]

/** The room is split on the first question (six at 1, six at 3), agrees on the next two. */
const planned = (i: number): [Choice, Choice, Choice] => [i < 6 ? 1 : 3, 2, 3]

const browser = sharedBrowser()

/** Runs `work` for every item, at most `limit` at a time: twelve browsers at once would starve two cores. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<R>) {
  const results: R[] = []
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i]!, i)
    }
  }
  await Promise.all(Array.from({ length: limit }, worker))
  return results
}

/** What the last "copy" button put on the clipboard (the page's clipboard is replaced by a recorder). */
async function recordClipboard(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (text: string) => Object.assign(window, { copiedText: text }) },
    })
  })
}
const copied = (page: Page) => page.evaluate(() => (window as unknown as { copiedText?: string }).copiedText ?? '')

/** Answers the first three questions on the first step, then reads the answer link from the overview. */
async function answerAndSend(page: Page, choices: readonly Choice[]): Promise<string> {
  await page.waitForURL(new RegExp(`#/assess/${firstDimension.id}`))
  for (const [i, question] of [q0!, q1!, q2!].entries())
    await page.locator(`#question-${question.id}-${choices[i]}`).check()
  await page.goto(`${baseUrl}#/overview`)
  const field = page.getByLabel('Ihr Antwort-Link')
  await field.waitFor()
  return field.inputValue()
}

/** Opens an invitation, starts with the name it carries and returns the answer link. */
async function join(session: Session, link: string, name: string, choices: readonly Choice[]): Promise<string> {
  await session.page.goto(link)
  const nameField = session.page.getByLabel('Ihr Name (optional)')
  await nameField.waitFor()
  expect(await nameField.inputValue()).toBe(name)
  await session.page.getByRole('button', { name: 'Fragebogen beginnen' }).click()
  return answerAndSend(session.page, choices)
}

const statusCounts = (page: Page) =>
  page.getByRole('list', { name: 'Stand', exact: true }).getByRole('listitem').allTextContents()

describe('a workshop for a real room of twelve', () => {
  test('invite, answer on twelve devices, collect, correct, protect, project without names', async () => {
    const started = Date.now()
    const facilitator = await newSession(browser)
    const { page } = facilitator
    await recordClipboard(facilitator.context)

    // The facilitator creates the workshop and registers everyone in advance.
    await page.goto(`${baseUrl}#/workshops`)
    await page.getByRole('button', { name: 'Neuen Workshop anlegen' }).click()
    await page.getByLabel('Titel').fill(TITLE)
    await page.getByRole('button', { name: 'Workshop anlegen' }).click()
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    const joinCode = await page.getByText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/).textContent()
    await page.screenshot({ path: '/tmp/gw-shots/room-invite.png' })
    for (const [i, [name, role]] of [...invited, [KAI, 'Produktion und Werkstatt'] as const].entries()) {
      await page.getByLabel('Name (optional)', { exact: true }).fill(name)
      await page.getByLabel('Rolle', { exact: true }).selectOption({ label: role })
      await page.getByRole('button', { name: 'Person hinzufügen' }).click()
      await expect(page.getByLabel(`Name von Person ${i + 1}`).inputValue()).resolves.toBe(name)
    }
    expect(await statusCounts(page)).toEqual(['13 eingeladen', '0 antworten', '0 eingegangen'])
    const personalLinks: string[] = []
    for (const [name] of invited) {
      await page.getByRole('button', { name: `Link für ${name} kopieren` }).click()
      await page.getByText(`Einladungslink für ${name} kopiert.`).waitFor()
      personalLinks.push(await copied(page))
    }
    expect(new Set(personalLinks).size).toBe(12)

    // Twelve devices: each opens its own invitation, answers, and has a link to send.
    const devices = await Promise.all(invited.map(() => newSession(browser, { width: 390, height: 844 })))
    const links = await inBatches(invited, 4, ([name], i) => join(devices[i]!, personalLinks[i]!, name, planned(i)))

    // The tablet: Ayşe hands it to Jonas, who was not invited and types the code from the projector.
    const tablet = devices[11]!
    await tablet.page.goto(`${baseUrl}#/join`)
    await tablet.page.getByLabel('Code der Einladung').waitFor()
    expect(await axe(tablet.page)).toEqual([])
    await tablet.page.getByLabel('Code der Einladung').fill(joinCode!.toLowerCase().replace('-', ' '))
    await tablet.page.getByRole('button', { name: 'Weiter' }).click()
    await tablet.page.getByText('Eingetragen als „Ayşe Yılmaz“.', { exact: false }).waitFor()
    await tablet.page.getByRole('button', { name: 'Ich bin jemand anderes' }).click()
    await tablet.page.getByRole('dialog').getByRole('button', { name: 'Neu beginnen' }).click()
    await tablet.page
      .getByText('Neu begonnen. Die Antworten von Ayşe Yılmaz sind in diesem Browser gespeichert.')
      .waitFor()
    await expect(tablet.page.getByLabel('Ihr Name (optional)').inputValue()).resolves.toBe('')
    await tablet.page.getByLabel('Ihr Name (optional)').fill(JONAS)
    await tablet.page.getByRole('button', { name: 'Fragebogen beginnen' }).click()
    const jonasLink = await answerAndSend(tablet.page, ['dontKnow', 2, 3])
    expect(jonasLink).not.toBe(links[11])

    // A link someone forwarded from another workshop.
    const stray: AssessmentResponse = {
      format: 'groundwork-response',
      formatVersion: 2,
      id: 'r-stray',
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      respondent: { name: 'Olaf Fremd' },
      workshopId: 'w-vertrieb',
      answers: { [q0!.id]: { choice: 0 } },
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    }
    const strayLink = shareLink(await encodeShareCode(stray, questionnaire), 'w-vertrieb', baseUrl)

    // The facilitator pastes every link at once: Jonas's (sent by code) is filed without a question,
    // the stray one is asked about and left out.
    await page.getByLabel('Antwort-Links einfügen (einer pro Zeile)').fill([...links, jonasLink, strayLink].join('\n'))
    await page.getByRole('button', { name: 'Links importieren' }).click()
    const ask = page.getByRole('dialog', { name: 'Antworten für einen anderen Workshop' })
    await ask.waitFor()
    await ask.getByRole('button', { name: 'Nicht hinzufügen' }).click()
    await page.getByText('13 hinzugefügt, 0 doppelt, 0 abgewiesen.').waitFor()
    await page.getByText('Link 14: nicht hinzugefügt.').waitFor()
    // Twelve matched to their rows, Jonas added: fourteen rows, not twenty-six.
    await page.getByRole('heading', { level: 2, name: 'Teilnehmende (14)' }).waitFor()
    expect(await statusCounts(page)).toEqual(['1 eingeladen', '0 antworten', '13 eingegangen'])
    let stored = await storedWorkshop(page)
    expect(stored.participants.map((p) => p.name)).toEqual(everyone)
    expect(stored.participants.map((p) => p.answers[q0!.id]?.choice)).toEqual([
      ...invited.map((_, i) => planned(i)[0]),
      undefined,
      'dontKnow',
    ])
    expect(new Set(stored.participants.map((p) => p.responseId)).size).toBe(14) // Ayşe and Jonas apart

    // Carla corrects the second question and sends again: the change is shown and taken.
    const carla = devices[2]!
    await carla.page.goto(`${baseUrl}#/assess/${firstDimension.id}`)
    await carla.page.locator(`#question-${q1!.id}-4`).check()
    await carla.page.goto(`${baseUrl}#/overview`)
    await carla.page.waitForFunction(
      (before) => (document.querySelector('.copy input') as HTMLInputElement | null)?.value !== before,
      links[2],
    )
    const corrected = await carla.page.getByLabel('Ihr Antwort-Link').inputValue()
    await page.getByLabel('Antwort-Links einfügen (einer pro Zeile)').fill(corrected)
    await page.getByRole('button', { name: 'Links importieren' }).click()
    const changed = page.getByRole('dialog', { name: 'Geänderte Antworten von Carla Nowak' })
    await changed.getByText(`${q1!.title.de}: Stufe 2 → Stufe 4`).waitFor()
    await changed.getByRole('button', { name: 'Änderungen übernehmen' }).click()
    await page.getByText('Link 1: Antworten von Carla Nowak aktualisiert.').waitFor()
    stored = await storedWorkshop(page)
    expect(stored.participants[2]!.answers[q1!.id]?.choice).toBe(4)
    expect(stored.participants).toHaveLength(14)
    expect(await axe(page)).toEqual([])

    await Promise.all(
      devices.map(async (device) => {
        await closeClean(device)
      }),
    )

    // Live mode after the imports: keys on an imported row change nothing; Kai's row takes them.
    await page.goto(`${baseUrl}#/workshops/${stored.id}/live?q=1`)
    await page.getByText(`Frage 1 von ${questionnaire.questions.length}`).waitFor()
    const before = stored.participants.map((p) => p.answers[q0!.id]?.choice)
    await page.getByRole('radiogroup', { name: 'Anna Becker' }).getByRole('radio').first().focus()
    for (const key of ['4', 'ArrowRight', 'd', 'Delete', '0']) await page.keyboard.press(key)
    await page.getByText('Die Antworten von Anna Becker kamen als Link und sind geschützt.', { exact: false }).waitFor()
    await page.getByRole('radiogroup', { name: KAI }).getByRole('radio').first().focus()
    await page.keyboard.press('2')
    stored = await storedWorkshop(page)
    expect(stored.participants.map((p) => p.answers[q0!.id]?.choice)).toEqual([...before.slice(0, 12), 2, 'dontKnow'])

    // The projector at 1280×720: one screen, counts only, bars hidden until revealed.
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.getByRole('button', { name: 'Projektoransicht' }).click()
    await page.getByRole('button', { name: 'Zeigen' }).waitFor()
    const html = await page.content()
    expect(everyone.filter((name) => html.includes(name))).toEqual([])
    await expect(page.getByRole('list', { name: 'Verteilung im Raum' }).count()).resolves.toBe(0)
    await page.getByText('14 von 14 haben geantwortet').waitFor()
    await page.keyboard.press('r')
    const bars = page.getByRole('list', { name: 'Verteilung im Raum' }).getByRole('listitem')
    await expect
      .poll(() => bars.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label'))))
      .toEqual([
        'Stufe 0: 0 Personen',
        'Stufe 1: 6 Personen',
        'Stufe 2: 1 Person',
        'Stufe 3: 6 Personen',
        'Stufe 4: 0 Personen',
        'Weiß ich nicht: 1 Person',
      ])
    // One screen: the whole view inside the window (the app's own header scrolled out of sight).
    // (Polled: the view scrolls itself into place once its layout has settled.)
    const onOneScreen = () =>
      page.locator('.live').evaluate((view) => {
        const { top, bottom, right } = view.getBoundingClientRect()
        return top >= 0 && bottom <= window.innerHeight && right <= window.innerWidth
      })
    await expect.poll(onOneScreen).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    const revealedHtml = await page.content()
    expect(everyone.filter((name) => revealedHtml.includes(name))).toEqual([])
    expect(await axe(page)).toEqual([])
    await page.screenshot({ path: '/tmp/gw-shots/room-projector.png' })

    // Back on the workshop page: Kai is now answering.
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(`${baseUrl}#/workshops/${stored.id}`)
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor()
    expect(await statusCounts(page)).toEqual(['0 eingeladen', '1 antwortet', '13 eingegangen'])
    await closeClean(facilitator)
    console.log(`room of twelve: ${Date.now() - started} ms`)
  }, 180_000)
})
