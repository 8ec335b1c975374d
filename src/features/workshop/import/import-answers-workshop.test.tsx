// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { encodeShareCode, workshopIdFromKey, workshopKey, type Workshop } from '../../../domain/index.ts'
import { emptyDetails, useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderApp } from '../../../../tests/render.tsx'
import { shareLink } from '../../../ui/team-links.ts'
import { ShareReceivePage } from './share-receive-page.tsx'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'
import { WorkshopPage } from '../workshops/workshop-page.tsx'
import { miniQuestionnaire } from '../../../../tests/builders/questionnaire.ts'
import { jsonFile } from '../../../../tests/builders/file.ts'
import { responseFile } from '../../../../tests/builders/response.ts'

let here: Workshop
let other: Workshop
beforeEach(() => {
  here = seedWorkshop()
  other = useWorkshopStore
    .getState()
    .create({ ...emptyDetails(new Date('2026-11-24T09:00:00Z')), title: 'Klausur Vertrieb' }, miniQuestionnaire())
})
afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices')
  Reflect.deleteProperty(window, 'BarcodeDetector')
})

const participants = (workshop: Workshop) =>
  useWorkshopStore.getState().workshops.find((w) => w.id === workshop.id)!.participants
const forOther = () => responseFile('r-anna', { 'bm-a': 2 }, { respondent: { name: 'Anna' }, workshopId: other.id })

describe('answers sent for another workshop', () => {
  test('a file asks first, names both workshops, and is not added when declined', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${here.id}`)
    await user.upload(await screen.findByLabelText('Dateien auswählen'), [
      jsonFile('anna.json', forOther()),
      jsonFile('ben.json', responseFile('r-ben', { 'bm-a': 1 }, { workshopId: here.id })),
    ])
    const dialog = await screen.findByRole('dialog', { name: 'Antworten für einen anderen Workshop' })
    expect(dialog).toHaveTextContent(
      'anna.json wurde für den Workshop „Klausur Vertrieb“ geschickt, nicht für „Strategieklausur“.',
    )
    expect(participants(here).map((p) => p.responseId)).toEqual(['r-ben'])
    await user.click(within(dialog).getByRole('button', { name: 'Nicht hinzufügen' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByText('anna.json: nicht hinzugefügt.')).toBeInTheDocument()
    expect(screen.getByText('1 nicht übernommen.')).toBeInTheDocument()
    expect(participants(here).map((p) => p.responseId)).toEqual(['r-ben'])
    expect(participants(other)).toEqual([])
  })

  test('a link for a workshop this browser does not know is added once the facilitator agrees', async () => {
    const user = userEvent.setup()
    const link = shareLink(
      await encodeShareCode({ ...forOther(), workshopId: 'w-elsewhere' }, miniQuestionnaire()),
      'w-elsewhere',
    )
    await renderWorkshop(`/workshops/${here.id}`)
    await user.type(await screen.findByLabelText('Antwort-Links einfügen (einer pro Zeile)'), link)
    await user.click(screen.getByRole('button', { name: 'Links importieren' }))
    const dialog = await screen.findByRole('dialog', { name: 'Antworten für einen anderen Workshop' })
    expect(dialog).toHaveTextContent('(in diesem Browser nicht vorhanden)')
    await user.click(within(dialog).getByRole('button', { name: 'Trotzdem zu „Strategieklausur“ hinzufügen' }))

    expect(screen.getByText('Link 1: hinzugefügt als Anna.')).toBeInTheDocument()
    expect(participants(here)).toMatchObject([{ name: 'Anna', source: 'link', responseId: 'r-anna' }])
  })

  test('a scanned QR code for another workshop asks too', async () => {
    const link = shareLink(await encodeShareCode(forOther(), miniQuestionnaire()), other.id)
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.resolve({ getTracks: () => [] } as unknown as MediaStream) },
    })
    Object.defineProperty(window, 'BarcodeDetector', {
      configurable: true,
      value: class {
        static getSupportedFormats = () => Promise.resolve(['qr_code'])
        detect = () => Promise.resolve([{ rawValue: link }])
      },
    })
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue()
    vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(HTMLMediaElement.HAVE_ENOUGH_DATA)

    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${here.id}`)
    await user.click(await screen.findByRole('button', { name: 'QR-Codes scannen' }))
    const dialog = await screen.findByRole('dialog', { name: 'Antworten für einen anderen Workshop' })
    expect(dialog).toHaveTextContent('QR-Code 1 wurde für den Workshop „Klausur Vertrieb“ geschickt')
    expect(participants(here)).toEqual([])
    await user.click(within(dialog).getByRole('button', { name: 'Trotzdem zu „Strategieklausur“ hinzufügen' }))
    expect(participants(here)).toHaveLength(1)
  })

  test('an answer link opened in the browser names its workshop; adding it to another one asks first', async () => {
    const user = userEvent.setup()
    const code = await encodeShareCode(forOther(), miniQuestionnaire())
    await renderApp({
      at: `/share/${code}`,
      routes: [
        { path: '/share/:code', element: <ShareReceivePage /> },
        { path: '/workshops/:workshopId', element: <WorkshopPage /> },
      ],
    })
    const select = await screen.findByRole('combobox', { name: 'Zu welchem Workshop?' })
    expect(select).toHaveValue(other.id)
    await user.selectOptions(select, here.id)
    expect(screen.getByText('Dieser Link wurde für den Workshop „Klausur Vertrieb“ geschickt.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Zum Workshop hinzufügen' }))

    const dialog = await screen.findByRole('dialog', { name: 'Antworten für einen anderen Workshop' })
    expect(dialog).toHaveTextContent(
      'Dieser Antwort-Link wurde für den Workshop „Klausur Vertrieb“ geschickt, nicht für „Strategieklausur“.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Trotzdem zu „Strategieklausur“ hinzufügen' }))
    expect(screen.getByText('Zum Workshop „Strategieklausur“ hinzugefügt.')).toBeInTheDocument()
    expect(participants(here)).toMatchObject([{ name: 'Anna', responseId: 'r-anna' }])
    expect(participants(other)).toEqual([])
  })

  test('an answer link for the workshop it names goes in without a question', async () => {
    const user = userEvent.setup()
    const code = await encodeShareCode(forOther(), miniQuestionnaire())
    await renderApp({ at: `/share/${code}`, routes: [{ path: '/share/:code', element: <ShareReceivePage /> }] })
    await user.click(await screen.findByRole('button', { name: 'Zum Workshop hinzufügen' }))
    expect(await screen.findByText('Zum Workshop „Klausur Vertrieb“ hinzugefügt.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(participants(other)).toHaveLength(1)
  })

  test('answers sent after joining by code are filed into the workshop whose key they carry', async () => {
    const user = userEvent.setup()
    const byCode = workshopIdFromKey(workshopKey(other.id))
    const code = await encodeShareCode({ ...forOther(), workshopId: byCode }, miniQuestionnaire())
    await renderApp({ at: `/share/${code}`, routes: [{ path: '/share/:code', element: <ShareReceivePage /> }] })
    // The workshop the key belongs to is chosen, not the first one in the list.
    await user.click(await screen.findByRole('button', { name: 'Zum Workshop hinzufügen' }))
    expect(await screen.findByText('Zum Workshop „Klausur Vertrieb“ hinzugefügt.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(participants(other)).toHaveLength(1)
    expect(participants(here)).toHaveLength(0)
  })
})
