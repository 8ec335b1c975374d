// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import type { AssessmentResponse } from '../../domain/index.ts'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { answersFileName } from './participant-send.ts'
import { buildResponse } from '../../../tests/builders/response.ts'

const invitation = { workshopId: 'w-klausur', title: 'Klausur', questionnaire: { id: 'mini', version: '1.0' } }
const anna: AssessmentResponse = {
  ...buildResponse({ 'bm-a': { choice: 3 } }),
  respondent: { name: 'Anna Müller' },
  workshopId: 'w-klausur',
}

afterEach(() => {
  useInvitationStore.setState({ invitation: null })
  vi.restoreAllMocks()
  Reflect.deleteProperty(navigator, 'share')
})

/** Renders the app at `at` as a participant who joined the workshop "Klausur" with Anna's answers. */
async function asParticipant(at: string) {
  const view = await renderApp({ at, response: anna })
  useInvitationStore.setState({ invitation })
  return view
}

describe('a participant sees a participant’s app', () => {
  test('no Workshops, Mandanten, questionnaire or branding links; overview, report and language stay', async () => {
    await asParticipant('/overview')
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' })
    expect(screen.getByRole('link', { name: 'Übersicht' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Bericht' })).toBeInTheDocument()
    expect(nav).not.toHaveTextContent('Workshops')
    expect(nav).not.toHaveTextContent('Mandanten')
    expect(screen.queryByRole('link', { name: 'Fragebogen wechseln' })).not.toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /Ihr Branding/ })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'EN English' })).toBeInTheDocument()
  })

  test('a consultant with answers of their own keeps every control', async () => {
    await renderApp({ at: '/overview', response: buildResponse({ 'bm-a': { choice: 3 } }) })
    expect(await screen.findByRole('link', { name: 'Workshops' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Mandanten' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Fragebogen wechseln' })).toBeInTheDocument()
  })
})

describe('the send step', () => {
  test('sits at the top of the participant’s overview and report', async () => {
    const { router } = await asParticipant('/overview')
    const send = await screen.findByRole('heading', { name: 'Antworten an den Workshop „Klausur“ senden' })
    const overview = screen.getByRole('heading', { level: 1 })
    expect(send.compareDocumentPosition(overview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()

    await router.navigate('/report')
    const sendOnReport = await screen.findByRole('heading', { name: 'Antworten an den Workshop „Klausur“ senden' })
    const report = await screen.findByRole('heading', { level: 1 })
    expect(sendOnReport.compareDocumentPosition(report) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  test('offers the system share sheet only where the browser has one', async () => {
    await asParticipant('/overview')
    await screen.findByRole('textbox', { name: 'Ihr Antwort-Link' })
    expect(screen.queryByRole('button', { name: 'Teilen …' })).not.toBeInTheDocument()
  })

  test('the share sheet gets the answer link', async () => {
    const user = userEvent.setup()
    const share = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    await asParticipant('/overview')
    const field = await screen.findByRole('textbox', { name: 'Ihr Antwort-Link' })
    await user.click(screen.getByRole('button', { name: 'Teilen …' }))
    expect(share).toHaveBeenCalledWith({
      title: 'Antworten an den Workshop „Klausur“ senden',
      url: (field as HTMLInputElement).value,
    })
  })

  test('the downloaded file carries the participant’s name', async () => {
    const user = userEvent.setup()
    const names: string[] = []
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    await asParticipant('/overview')
    await user.click(await screen.findByRole('button', { name: 'Als Datei herunterladen' }))
    expect(names).toEqual([expect.stringMatching(/^groundwork-antworten-anna-mueller-\d{4}-\d{2}-\d{2}\.json$/)])
  })
})

describe('answersFileName', () => {
  const day = new Date(2026, 11, 2)
  test('names the file after the person, in the language of the page', () => {
    expect(answersFileName(anna, 'de', day)).toBe('groundwork-antworten-anna-mueller-2026-12-02.json')
    expect(answersFileName({ ...anna, respondent: { name: 'Zoë Brontë' } }, 'en', day)).toBe(
      'groundwork-answers-zoe-bronte-2026-12-02.json',
    )
  })
  test('without a name, the date alone', () => {
    expect(answersFileName(buildResponse(), 'de', day)).toBe('groundwork-antworten-2026-12-02.json')
  })
})
