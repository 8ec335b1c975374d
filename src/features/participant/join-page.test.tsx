// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { bindStores } from '../../data/start.ts'
import { readRecord, useWorkspaceDatabase } from '../../data/workspace.ts'
import { answeringMinutes, decodeShareCode, type AssessmentResponse, type Workshop } from '../../domain/index.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { renderWithRouter } from '../../../tests/render.tsx'
import { personalInviteLink } from '../../ui/team-links.ts'
import { JoinPage } from './join-page.tsx'
import { miniQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { buildResponse } from '../../../tests/builders/response.ts'

const INVITE = '/join?w=w-klausur&q=mini%401.0&t=Klausur&r=management&r=staff'
const anna: AssessmentResponse = {
  ...buildResponse({ 'bm-a': { choice: 3 }, 'bm-b': { choice: 1 } }),
  id: 'r-anna',
  respondent: { name: 'Anna', role: 'management' },
  workshopId: 'w-klausur',
}

let unbind: (() => void) | undefined
afterEach(() => {
  unbind?.()
  unbind = undefined
  useInvitationStore.setState({ invitation: null })
})

/** Files offered for download, read back as JSON. */
function catchDownloads(): unknown[] {
  const files: unknown[] = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    void (blob as Blob).text().then((text) => files.push(JSON.parse(text)))
    return 'blob:test'
  })
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  return files
}

describe('a shared device', () => {
  test('"I am someone else" starts fresh answers with their own id; the previous ones stay and can be downloaded', async () => {
    const user = userEvent.setup()
    const downloads = catchDownloads()
    await useWorkspaceDatabase(`join-${crypto.randomUUID()}`)
    unbind = bindStores()
    await renderWithRouter(<JoinPage />, { at: INVITE, response: anna })
    await waitFor(async () => expect(await readRecord('assessments', 'r-anna')).toBeDefined())

    expect(await screen.findByText(/Eingetragen als „Anna“/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Mit meinen Antworten weitermachen' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Ich bin jemand anderes' }))
    const dialog = screen.getByRole('dialog', { name: 'Als andere Person beginnen' })
    expect(dialog).toHaveTextContent('Die 2 Antworten von Anna bleiben in diesem Browser gespeichert.')
    await user.click(within(dialog).getByRole('button', { name: 'Antworten von Anna herunterladen' }))
    await waitFor(() => expect(downloads).toEqual([anna]))
    await user.click(within(dialog).getByRole('button', { name: 'Neu beginnen' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      'Neu begonnen. Die Antworten von Anna sind in diesem Browser gespeichert.',
    )
    const name = screen.getByRole('textbox', { name: 'Ihr Name (optional)' })
    expect(name).toHaveValue('')
    expect(name).toHaveFocus()
    expect(screen.getByRole('combobox', { name: 'Ihre Rolle (optional)' })).toHaveValue('')
    expect(screen.queryByRole('textbox', { name: 'Ihr Antwort-Link' })).not.toBeInTheDocument()
    // The previous person's answers can still be downloaded from the page.
    await user.click(screen.getByRole('button', { name: 'Antworten von Anna herunterladen' }))
    await waitFor(() => expect(downloads).toHaveLength(2))

    await user.type(name, 'Ben')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Ihre Rolle (optional)' }), 'staff')
    await user.click(screen.getByRole('button', { name: 'Fragebogen beginnen' }))
    const ben = useAssessmentStore.getState().response!
    expect(ben.id).not.toBe('r-anna')
    expect(ben).toMatchObject({ respondent: { name: 'Ben', role: 'staff' }, workshopId: 'w-klausur', answers: {} })
    await waitFor(async () => expect((await readRecord('assessments', ben.id))?.response.respondent?.name).toBe('Ben'))
    expect((await readRecord('assessments', 'r-anna'))?.response).toEqual(anna)
  })

  test('cancelling keeps the previous person’s answers open', async () => {
    const user = userEvent.setup()
    await renderWithRouter(<JoinPage />, { at: INVITE, response: anna })
    await user.click(await screen.findByRole('button', { name: 'Ich bin jemand anderes' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(useAssessmentStore.getState().response).toBe(anna)
  })
})

describe('answers carry their workshop', () => {
  test('starting from an invitation files the answers under its workshop, and the answer link carries it', async () => {
    const user = userEvent.setup()
    const { router } = await renderWithRouter(<JoinPage />, { at: INVITE })
    await user.type(await screen.findByRole('textbox', { name: 'Ihr Name (optional)' }), 'Carla')
    await user.click(screen.getByRole('button', { name: 'Fragebogen beginnen' }))
    expect(router.state.location.pathname).toBe('/assess/business-model')
    expect(useAssessmentStore.getState().response).toMatchObject({
      respondent: { name: 'Carla' },
      workshopId: 'w-klausur',
    })

    useAssessmentStore.getState().setChoice('bm-a', 2)
    await router.navigate(INVITE)
    const field = await screen.findByRole('textbox', { name: 'Ihr Antwort-Link' })
    const url = (field as HTMLInputElement).value
    expect(url).toMatch(/#\/share\/[A-Za-z0-9_-]+\?w=w-klausur$/)
    const decoded = await decodeShareCode(/#\/share\/([A-Za-z0-9_-]+)/.exec(url)![1]!, miniQuestionnaire())
    expect(decoded.ok && decoded.value.workshopId).toBe('w-klausur')
  })
})

describe('what a participant sees before starting', () => {
  test('how long it takes, and the other language one click away', async () => {
    const user = userEvent.setup()
    await renderWithRouter(<JoinPage />, { at: INVITE })
    // The mini questionnaire has 6 questions: the shortest estimate.
    expect(await screen.findByText(/6 Fragen, etwa 5–10 Minuten/)).toBeInTheDocument()
    expect(answeringMinutes(47)).toEqual({ from: 20, to: 30 })
    await user.click(screen.getByRole('button', { name: 'Auch auf Englisch / Also in English' }))
    expect(await screen.findByRole('button', { name: 'Start the questionnaire' })).toBeInTheDocument()
    expect(screen.getByText(/6 questions, about 5–10 minutes/)).toBeInTheDocument()
  })

  test('a personal invitation fills in name and role', async () => {
    const user = userEvent.setup()
    const workshop = {
      id: 'w-klausur',
      title: 'Klausur',
      roles: ['management', 'staff'],
      questionnaire: { id: 'mini', version: '1.0' },
    } as Workshop
    const link = personalInviteLink(workshop, { name: 'Anna Müller', role: 'staff' }, 'https://example.test/')
    const { router } = await renderWithRouter(<JoinPage />, { at: link.split('#')[1]! })
    expect(await screen.findByRole('textbox', { name: 'Ihr Name (optional)' })).toHaveValue('Anna Müller')
    expect(screen.getByRole('combobox', { name: 'Ihre Rolle (optional)' })).toHaveValue('staff')
    await user.click(screen.getByRole('button', { name: 'Fragebogen beginnen' }))
    expect(router.state.location.pathname).toBe('/assess/business-model')
    expect(useAssessmentStore.getState().response?.respondent).toEqual({ name: 'Anna Müller', role: 'staff' })
  })
})
