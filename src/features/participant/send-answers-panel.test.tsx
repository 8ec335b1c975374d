// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { decodeShareCode } from '../../domain/index.ts'
import { renderWithRouter } from '../../../tests/render.tsx'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { SendAnswersPanel } from './send-answers-panel.tsx'
import { miniQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { buildResponse } from '../../../tests/builders/response.ts'

describe('send answers as a link', () => {
  afterEach(() => vi.unstubAllGlobals())

  test('the link carries every answer and note back to the facilitator', async () => {
    const response = buildResponse({
      'bm-a': { choice: 3, note: 'Nur der Chef weiß es' },
      'cu-a': { choice: 'dontKnow' },
    })
    await renderWithRouter(<SendAnswersPanel />, { response })
    const field = await screen.findByRole('textbox', { name: 'Ihr Antwort-Link' })
    const url = (field as HTMLInputElement).value
    expect(url).toMatch(/#\/share\/[A-Za-z0-9_-]+$/)
    const decoded = await decodeShareCode(url.split('#/share/')[1]!, miniQuestionnaire())
    expect(decoded.ok && decoded.value.answers).toEqual(response.answers)
  })

  test('a browser that cannot compress gets pointed to the file download instead of a broken page', async () => {
    vi.stubGlobal('CompressionStream', undefined)
    await renderWithRouter(<SendAnswersPanel />, { response: buildResponse({ 'bm-a': { choice: 1 } }) })
    expect(await screen.findByRole('alert')).toHaveTextContent('Antworten stattdessen als Datei herunter')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
  })

  test('below the overview only for someone a workshop invited: an owner working alone sees no send box', async () => {
    const response = buildResponse({ 'bm-a': { choice: 2 } })
    useInvitationStore.setState({ invitation: null })
    const { unmount } = await renderWithRouter(<SendAnswersPanel at="bottom" />, { response })
    expect(screen.queryByRole('heading', { name: /senden/ })).not.toBeInTheDocument()
    unmount()

    useInvitationStore.setState({
      invitation: { workshopId: 'w-1', title: 'Standortbestimmung', questionnaire: response.questionnaire },
    })
    await renderWithRouter(<SendAnswersPanel at="bottom" />, { response })
    expect(await screen.findByRole('heading', { name: /Standortbestimmung/ })).toBeInTheDocument()
    useInvitationStore.setState({ invitation: null })
  })
})
