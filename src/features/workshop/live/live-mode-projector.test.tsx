// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
  const store = useWorkshopStore.getState()
  store.addParticipants(workshopId, [
    { id: 'p-anna', name: 'Anna Berger', role: 'Geschäftsführung', source: 'live', answers: { 'bm-a': { choice: 3 } } },
    { id: 'p-ben', name: 'Ben Kurz', source: 'link', responseId: 'r-ben', answers: { 'bm-a': { choice: 3 } } },
    { id: 'p-cem', name: 'Cem Aydın', source: 'live', answers: { 'bm-a': { choice: 'dontKnow' } } },
    { id: 'p-dora', name: 'Dora', source: 'live', answers: {} },
  ])
})

describe('live mode', () => {
  test('keys work as soon as the view opens: the first row to enter has the focus', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/live`)
    const anna = await screen.findByRole('radiogroup', { name: 'Anna Berger' })
    // The focus moves once the rows are on screen (an effect after their first render).
    await waitFor(() => expect(within(anna).getByRole('radio', { name: 'Stufe 3' })).toHaveFocus())
    await user.keyboard('1')
    expect(useWorkshopStore.getState().workshops[0]!.participants[0]!.answers['bm-a']).toEqual({ choice: 1 })
  })

  test('the projector view shows counts, never a name or role, hidden until revealed (key R)', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/live?q=1`)
    await user.click(await screen.findByRole('button', { name: 'Projektoransicht' }))
    for (const name of ['Anna Berger', 'Ben Kurz', 'Cem Aydın', 'Dora', 'Geschäftsführung'])
      expect(screen.queryByText(new RegExp(name))).not.toBeInTheDocument()
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument()
    expect(screen.getByText('3 von 4 haben geantwortet')).toBeInTheDocument()
    expect(screen.getByText('Verborgen, bis Sie „Zeigen“ wählen (Taste R).')).toBeInTheDocument()
    expect(screen.queryByRole('list', { name: 'Verteilung im Raum' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Zeigen' })).toHaveAttribute('aria-pressed', 'false')

    // No click first: the view has the focus, R reveals.
    await user.keyboard('r')
    const bars = screen.getByRole('list', { name: 'Verteilung im Raum' })
    expect(within(bars).getByRole('listitem', { name: 'Stufe 3: 2 Personen' })).toBeInTheDocument()
    expect(within(bars).getByRole('listitem', { name: 'Stufe 0: 0 Personen' })).toBeInTheDocument()
    expect(within(bars).getByRole('listitem', { name: 'Weiß ich nicht: 1 Person' })).toBeInTheDocument()
    // The team report's words for the agreement measure.
    expect(screen.getByText('Nicht alle wissen es')).toBeInTheDocument()
    expect(screen.getByText(/Einigkeit 100 %/)).toBeInTheDocument()
    expect(screen.getByText('1× „Weiß ich nicht“')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Verbergen' })).toHaveAttribute('aria-pressed', 'true')
    for (const name of ['Anna', 'Ben', 'Cem', 'Dora'])
      expect(screen.queryByText(new RegExp(name))).not.toBeInTheDocument()

    // A digit records the consensus; Page Down moves on and hides the distribution again.
    await user.keyboard('3')
    expect(useWorkshopStore.getState().workshops[0]!.consensus).toEqual({ 'bm-a': 3 })
    expect(screen.getByText('Konsens des Raums: Stufe 3')).toBeInTheDocument()
    await user.keyboard('{PageDown}')
    expect(screen.getByText('Frage 2 von 6')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Zeigen' })).toBeInTheDocument()
    await user.keyboard('{PageUp}R')
    expect(screen.getByText('Frage 1 von 6')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'Verteilung im Raum' })).toBeInTheDocument()

    // Back to the facilitator's screen: names again, and the first row has the focus.
    await user.click(screen.getByRole('button', { name: 'Eingabe mit Namen' }))
    expect(
      within(screen.getByRole('radiogroup', { name: 'Anna Berger' })).getByRole('radio', { name: 'Stufe 3' }),
    ).toHaveFocus()
  })

  test('the projector view opened by address has the focus at once', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/live?view=projector`)
    expect(await screen.findByRole('button', { name: 'Zeigen' })).toBeInTheDocument()
    await user.keyboard('R')
    expect(screen.getByRole('button', { name: 'Verbergen' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Zurück zum Workshop' })).toHaveAttribute(
      'href',
      `/workshops/${workshopId}`,
    )
  })
})
