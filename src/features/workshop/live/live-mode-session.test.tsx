// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
  useWorkshopStore.getState().addParticipant(workshopId, { name: 'Anna' })
})
afterEach(() => {
  vi.useRealTimers()
})

const prompt = () => screen.getByRole('heading', { level: 2, name: /^Frage .+\?$/ })

describe('a session plan', () => {
  test('live mode steps only through the chosen dimensions and questions', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/live?only=customers,te-b`)
    expect(await screen.findByText('Frage 1 von 3')).toBeInTheDocument()
    expect(prompt()).toHaveTextContent('Frage cu-a?')
    expect(screen.getByRole('button', { name: /Vorige Frage/ })).toBeDisabled()
    await user.keyboard('{PageDown}')
    expect(prompt()).toHaveTextContent('Frage cu-b?')
    await user.click(screen.getByRole('button', { name: /Nächste Frage/ }))
    expect(prompt()).toHaveTextContent('Frage te-b?')
    expect(screen.getByText('Frage 3 von 3')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Zum Teambericht/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /Vorige Frage/ }))
    expect(prompt()).toHaveTextContent('Frage cu-b?')
  })

  test('chosen on the page: a whole dimension, then one question taken out of it', async () => {
    const user = userEvent.setup()
    const { router } = await renderWorkshop(`/workshops/${workshopId}/live`)
    await user.click(await screen.findByText(/Sitzung planen/))
    expect(screen.getByText(/6 von 6 Fragen in dieser Sitzung/)).toBeInTheDocument()
    await user.click(screen.getByRole('checkbox', { name: 'Technologie' }))
    expect(screen.getByText(/2 von 6 Fragen in dieser Sitzung/)).toBeInTheDocument()
    expect(router.state.location.search).toContain('only=technology')
    await user.click(screen.getByRole('checkbox', { name: 'Kunden' }))
    const customers = screen.getByRole('group', { name: 'Kunden' })
    await user.click(within(customers).getAllByRole('checkbox')[1]!)
    expect(screen.getByText(/3 von 6 Fragen in dieser Sitzung/)).toBeInTheDocument()
    expect(screen.getByText('Frage 1 von 3')).toBeInTheDocument()
    expect(prompt()).toHaveTextContent('Frage cu-b?')
    await user.click(screen.getByRole('button', { name: /Nächste Frage/ }))
    expect(prompt()).toHaveTextContent('Frage te-a?')
    expect(router.state.location.search).toContain('only=cu-b%2Ctechnology')
  })

  test('a timer per topic counts down, pauses, and says only minute marks and the end', async () => {
    await renderWorkshop(`/workshops/${workshopId}/live?min=2&view=projector`)
    expect(await screen.findByRole('timer', { name: 'Zeit für dieses Thema' })).toHaveTextContent('2:00')
    vi.useFakeTimers()
    const view = screen.getByRole('group', { name: 'Projektoransicht' })
    expect(view).toHaveFocus()
    fireEvent.keyDown(view, { key: 't' })
    const clock = screen.getByRole('timer')
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Noch 2 Minuten für dieses Thema.')
    act(() => vi.advanceTimersByTime(5000))
    expect(clock).toHaveTextContent('1:55')
    expect(status).toHaveTextContent('Noch 2 Minuten für dieses Thema.')
    act(() => vi.advanceTimersByTime(55_000))
    expect(clock).toHaveTextContent('1:00')
    expect(status).toHaveTextContent('Noch 1 Minute für dieses Thema.')
    fireEvent.click(screen.getByRole('button', { name: 'Zeit anhalten' }))
    act(() => vi.advanceTimersByTime(10_000))
    expect(clock).toHaveTextContent('1:00')
    fireEvent.click(screen.getByRole('button', { name: 'Zeit starten' }))
    act(() => vi.advanceTimersByTime(70_000))
    expect(clock).toHaveTextContent('0:00')
    expect(status).toHaveTextContent('Die Zeit für dieses Thema ist um.')
    expect(screen.getByRole('button', { name: 'Zeit neu starten' })).toBeInTheDocument()
    // The next topic starts with its own full time, paused.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Zeit neu starten' }), { key: 'PageDown' })
    expect(screen.getByRole('timer')).toHaveTextContent('2:00')
    expect(screen.getByRole('button', { name: 'Zeit starten' })).toBeInTheDocument()
  })
})
