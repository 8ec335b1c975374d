// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { validateWorkshop } from '../../../domain/index.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
  useWorkshopStore.getState().addParticipants(workshopId, [
    {
      id: 'p1',
      name: 'Ayşe Yılmaz',
      role: 'production',
      source: 'live',
      answers: { 'bm-a': { choice: 0, note: 'Bei uns in der Werkstatt nicht' }, 'bm-b': { choice: 3 } },
    },
    { id: 'p2', name: 'Ben', role: 'staff', source: 'live', answers: { 'bm-a': { choice: 4 }, 'bm-b': { choice: 2 } } },
    {
      id: 'p3',
      role: 'staff',
      source: 'live',
      answers: { 'bm-a': { choice: 2 }, 'bm-b': { choice: 2, note: 'Kommt drauf an' } },
    },
  ])
})

const workshop = () => useWorkshopStore.getState().workshops.find((w) => w.id === workshopId)!

// Typing in the real way, key by key, through a whole report: more than the default 5 s on a busy machine.
describe('team report: decisions and notes', { timeout: 20_000 }, () => {
  test('a topic takes what the room decided and actions with owner and due date, saved as typed', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/report`)
    const topic = await screen.findByRole('group', { name: 'Ergebnis: Value (de)' })
    await user.type(within(topic).getByLabelText('Was der Raum entschieden hat'), 'Ab Januar')
    // Saved with every keystroke: no blur needed.
    expect(workshop().decisions?.['bm-a']?.decision).toBe('Ab Januar')

    await user.click(within(topic).getByRole('button', { name: 'Maßnahme hinzufügen' }))
    const first = within(topic).getByRole('group', { name: 'Maßnahme 1' })
    expect(within(first).getByLabelText('Was')).toHaveFocus()
    await user.keyboard('Zählen')
    await user.type(within(first).getByLabelText('Wer'), 'Ayşe')
    await user.type(within(first).getByLabelText('Bis wann'), '2026-12-18')
    await user.click(within(topic).getByRole('button', { name: 'Maßnahme hinzufügen' }))
    await user.type(within(within(topic).getByRole('group', { name: 'Maßnahme 2' })).getByLabelText('Was'), 'weg')
    await user.click(within(topic).getByRole('button', { name: 'Maßnahme 2 entfernen' }))

    expect(workshop().decisions).toEqual({
      'bm-a': {
        decision: 'Ab Januar',
        actions: [{ id: expect.any(String), text: 'Zählen', owner: 'Ayşe', due: '2026-12-18' }],
      },
    })
    expect(validateWorkshop(workshop()).ok).toBe(true)

    // Emptied again, the topic leaves no trace in the file.
    await user.clear(within(topic).getByLabelText('Was der Raum entschieden hat'))
    await user.click(within(topic).getByRole('button', { name: 'Maßnahme 1 entfernen' }))
    expect(workshop().decisions).toEqual({})
  })

  test('notes per question: "Person N" without the role, names only when shown', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/report`)
    const notes = await screen.findByRole('region', { name: 'Anmerkungen der Teilnehmenden' })
    const items = within(notes).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Person 1: Bei uns in der Werkstatt nicht',
      'Person 3: Kommt drauf an',
    ])
    expect(within(notes).queryByText(/Produktion|Mitarbeitende|Ayşe/)).not.toBeInTheDocument()
    await user.click(screen.getByLabelText(/Namen zeigen/))
    expect(within(notes).getByText('Ayşe Yılmaz:')).toBeInTheDocument()
    // Without a name, a person stays "Person N" even when names are shown.
    expect(within(notes).getByText('Person 3:')).toBeInTheDocument()
  })
})
