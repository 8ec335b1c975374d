// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { encodeShareCode } from '../../../domain/index.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { shareLink } from '../../../ui/team-links.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'
import { miniQuestionnaire } from '../../../../tests/builders/questionnaire.ts'
import { jsonFile } from '../../../../tests/builders/file.ts'
import { responseFile } from '../../../../tests/builders/response.ts'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
})
afterEach(() => {
  Reflect.deleteProperty(navigator, 'mediaDevices')
  Reflect.deleteProperty(window, 'BarcodeDetector')
})

function withMediaDevices(mediaDevices: Partial<MediaDevices> | undefined) {
  Object.defineProperty(navigator, 'mediaDevices', { value: mediaDevices, configurable: true })
}

/** The browser's own detector, faked: which one the scanner uses is the detector factory's business. */
function withBarcodeDetector(detect: () => Promise<{ rawValue: string }[]>) {
  Object.defineProperty(window, 'BarcodeDetector', {
    configurable: true,
    value: class {
      static getSupportedFormats = () => Promise.resolve(['qr_code', 'ean_13'])
      detect = detect
    },
  })
}

const anna = responseFile('r-anna', { 'bm-a': 1, 'bm-b': 2 }, { respondent: { name: 'Anna', role: 'management' } })
const participants = () => useWorkshopStore.getState().workshops[0]!.participants

describe('scanning answer QR codes', () => {
  test('without camera access the facilitator is pointed to links and files, which still work', async () => {
    withMediaDevices(undefined)
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    await user.click(await screen.findByRole('button', { name: 'QR-Codes scannen' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dieser Browser erlaubt hier keinen Zugriff auf die Kamera. Fügen Sie stattdessen die Antwort-Links ein oder importieren Sie die Antwortdateien.',
    )
    expect(screen.getByRole('button', { name: 'QR-Codes scannen' })).toHaveFocus()
    expect(screen.queryByRole('button', { name: 'Fertig' })).not.toBeInTheDocument()

    const link = shareLink(await encodeShareCode(anna, miniQuestionnaire()), workshopId)
    await user.type(screen.getByLabelText('Antwort-Links einfügen (einer pro Zeile)'), link)
    await user.click(screen.getByRole('button', { name: 'Links importieren' }))
    expect(await screen.findByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.')).toBeInTheDocument()
    await user.upload(screen.getByLabelText('Dateien auswählen'), [jsonFile('anna.json', anna)])
    expect(await screen.findByText('0 hinzugefügt, 1 doppelt, 0 abgewiesen.')).toBeInTheDocument()
    expect(participants().map((p) => p.responseId)).toEqual(['r-anna'])
  })

  test('a camera the user did not allow gets its own message', async () => {
    withMediaDevices({ getUserMedia: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) })
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    await user.click(await screen.findByRole('button', { name: 'QR-Codes scannen' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/Zugriff auf die Kamera wurde nicht erlaubt/)
  })

  test('each answer code is imported once, other codes are named, and Done stops the camera', async () => {
    const link = shareLink(await encodeShareCode(anna, miniQuestionnaire()), workshopId)
    const stopTrack = vi.fn()
    const getUserMedia = vi.fn(() =>
      Promise.resolve({ getTracks: () => [{ stop: stopTrack }] } as unknown as MediaStream),
    )
    withMediaDevices({ getUserMedia })
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue()
    vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(HTMLMediaElement.HAVE_ENOUGH_DATA)
    const detect = vi.fn(() => Promise.resolve([{ rawValue: link }, { rawValue: 'https://example.org/menu' }]))
    withBarcodeDetector(detect)

    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    await user.click(await screen.findByRole('button', { name: 'QR-Codes scannen' }))
    expect(await screen.findByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.')).toBeInTheDocument()
    expect(screen.getByText('QR-Code 1: hinzugefügt als Anna.')).toBeInTheDocument()
    expect(screen.getByText(/^1 Antwort-Code gelesen\./)).toBeInTheDocument()
    expect(screen.getByText(/keinen Groundwork-Antwort-Link/)).toBeInTheDocument()
    expect(screen.getByLabelText('Kamerabild zum Scannen der Antwort-QR-Codes')).toBeInTheDocument()
    expect(getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' }, audio: false })

    // The code stays in view: it is read again and again but never imported a second time.
    const callsSoFar = detect.mock.calls.length
    await vi.waitFor(() => expect(detect.mock.calls.length).toBeGreaterThan(callsSoFar + 1))
    expect(screen.getByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.')).toBeInTheDocument()
    expect(participants()).toHaveLength(1)
    expect(participants()[0]).toMatchObject({ name: 'Anna', source: 'link', responseId: 'r-anna' })

    expect(stopTrack).not.toHaveBeenCalled()
    await user.click(screen.getByRole('button', { name: 'Fertig' }))
    expect(stopTrack).toHaveBeenCalled()
    expect(screen.getByRole('button', { name: 'QR-Codes scannen' })).toHaveFocus()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  test('leaving the page stops the camera', async () => {
    const stopTrack = vi.fn()
    withMediaDevices({
      getUserMedia: () => Promise.resolve({ getTracks: () => [{ stop: stopTrack }] } as unknown as MediaStream),
    })
    vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue()
    withBarcodeDetector(() => Promise.resolve([]))
    const user = userEvent.setup()
    const { unmount } = await renderWorkshop(`/workshops/${workshopId}`)
    await user.click(screen.getByRole('button', { name: 'QR-Codes scannen' }))
    await screen.findByRole('button', { name: 'Fertig' })
    await vi.waitFor(() => expect(HTMLMediaElement.prototype.play).toHaveBeenCalled())
    unmount()
    expect(stopTrack).toHaveBeenCalled()
  })
})
