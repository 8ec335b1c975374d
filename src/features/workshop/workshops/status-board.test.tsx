// @vitest-environment jsdom
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'
import { textsOf } from '../../../../tests/queries.ts'

afterEach(() => vi.restoreAllMocks())

describe('the status board', () => {
  test('counts who is invited, answering and received, and copies each invited person’s own link', async () => {
    const user = userEvent.setup()
    const workshop = seedWorkshop()
    const store = useWorkshopStore.getState()
    // Anna is registered in advance; Ben is being entered live; Carla's answers came in as a file;
    // Dana is entered completely.
    store.addParticipant(workshop.id, { name: 'Anna', role: 'management' })
    const ben = store.addParticipant(workshop.id, { name: 'Ben' })
    store.setChoice(workshop.id, ben, 'bm-a', 2)
    store.addParticipants(workshop.id, [
      { id: 'p-carla', name: 'Carla', role: 'staff', source: 'file', answers: { 'bm-a': { choice: 1 } } },
    ])
    const dana = store.addParticipant(workshop.id, { name: 'Dana' })
    for (const q of ['bm-a', 'bm-b', 'cu-a', 'cu-b', 'te-a', 'te-b']) store.setChoice(workshop.id, dana, q, 3)
    const writeText = vi.fn((_text: string) => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })

    await renderWorkshop(`/workshops/${workshop.id}`)
    const counts = await screen.findByRole('list', { name: 'Stand' })
    expect(textsOf(counts, 'listitem')).toEqual(['1 eingeladen', '1 antwortet', '2 eingegangen'])
    const people = screen.getByRole('list', { name: 'Stand je Person' })
    expect(textsOf(people, 'listitem')).toEqual([
      'Anna · Geschäftsführung' + 'eingeladen' + 'Link für Anna kopieren',
      'Ben' + 'antwortet',
      'Carla · Mitarbeitende' + 'eingegangen',
      'Dana' + 'eingegangen',
    ])
    await user.click(screen.getByRole('button', { name: 'Link für Anna kopieren' }))
    const link = new URL(writeText.mock.calls[0]![0]).hash
    expect(link).toContain(`w=${workshop.id}`)
    expect(new URLSearchParams(link.split('?')[1]).get('name')).toBe('Anna')
    expect(new URLSearchParams(link.split('?')[1]).get('role')).toBe('management')
    expect(screen.getByText('Einladungslink für Anna kopiert.')).toBeInTheDocument()
  })
})
