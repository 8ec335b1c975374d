// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, expect, test } from 'vitest'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
  const store = useWorkshopStore.getState()
  store.addParticipant(workshopId, { name: 'Anna' })
  store.addParticipant(workshopId, { name: 'Ben' })
})

test('every voice is entered with the keyboard: digits, d, arrows, Page Down', async () => {
  const user = userEvent.setup()
  await renderWorkshop(`/workshops/${workshopId}/live`)
  expect(await screen.findByText('Frage 1 von 6')).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Frage bm-a?' })).toBeInTheDocument()
  expect(screen.getByText('bm-a Stufe 4')).toBeInTheDocument()

  const anna = screen.getByRole('radiogroup', { name: 'Anna' })
  screen.getAllByRole('radio', { name: 'Stufe 0' })[0]!.focus()
  await user.keyboard('3')
  expect(screen.getAllByRole('radio', { name: 'Stufe 3' })[0]).toHaveAttribute('aria-checked', 'true')
  expect(anna).toContainElement(screen.getAllByRole('radio', { name: 'Stufe 3' })[0]!)
  // Focus moved on to Ben: "d" is his "don't know".
  await user.keyboard('d')
  expect(screen.getAllByRole('radio', { name: 'Weiß ich nicht' })[1]).toHaveAttribute('aria-checked', 'true')
  // Focus is on the consensus row now; up twice is Anna again, and ← steps her level down to 2.
  expect(
    within(screen.getByRole('radiogroup', { name: 'Konsens des Raums' })).getByRole('radio', { name: 'Stufe 0' }),
  ).toHaveFocus()
  await user.keyboard('{ArrowUp}{ArrowUp}{ArrowLeft}')
  const [workshop] = useWorkshopStore.getState().workshops
  const [a, b] = workshop!.participants
  expect(a!.answers['bm-a']).toEqual({ choice: 2 })
  expect(b!.answers['bm-a']).toEqual({ choice: 'dontKnow' })
  expect(screen.getByText('Bisher eine Einschätzung: Stufe 2')).toBeInTheDocument()

  await user.keyboard('{PageDown}')
  expect(screen.getByText('Frage 2 von 6')).toBeInTheDocument()
  expect(screen.getByRole('heading', { name: 'Frage bm-b?' })).toBeInTheDocument()
  await user.keyboard('4')
  expect(useWorkshopStore.getState().workshops[0]!.participants[0]!.answers['bm-b']).toEqual({ choice: 4 })
  await user.keyboard('1')
  expect(screen.getByText(/Spanne im Raum: Stufe 1 bis 4 \(3 Stufen auseinander\)/)).toBeInTheDocument()
  expect(screen.getByText('Diskussionsthema: Das Team ist geteilt, oder einige wissen es nicht')).toBeInTheDocument()
  // The focus is on the consensus row now: 2 records the room's agreement.
  await user.keyboard('2')
  expect(useWorkshopStore.getState().workshops[0]!.consensus).toEqual({ 'bm-b': 2 })

  await user.click(screen.getByRole('button', { name: /Vorige Frage/ }))
  expect(screen.getByText('Frage 1 von 6')).toBeInTheDocument()
})
