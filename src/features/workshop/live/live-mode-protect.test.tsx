// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
  const store = useWorkshopStore.getState()
  store.addParticipant(workshopId, { name: 'Anna' })
  store.addParticipants(workshopId, [
    { id: 'p-ben', name: 'Ben', source: 'link', responseId: 'r-ben', answers: { 'bm-a': { choice: 3 } } },
  ])
})

const choiceOf = (name: string, questionId = 'bm-a') =>
  useWorkshopStore.getState().workshops[0]!.participants.find((p) => p.name === name)!.answers[questionId]?.choice
const row = (name: string) => screen.getByRole('radiogroup', { name })

describe('live mode after imports', () => {
  test('an imported row is protected: entries pass it by and a stray key changes nothing', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/live`)
    expect(await screen.findByText('Link · geschützt')).toBeInTheDocument()
    expect(row('Ben')).toHaveAttribute('aria-readonly', 'true')
    expect(row('Anna')).not.toHaveAttribute('aria-readonly')

    within(row('Anna')).getByRole('radio', { name: 'Stufe 0' }).focus()
    await user.keyboard('2')
    // After the last live row the focus skips Ben's imported answers and lands on the consensus.
    expect(
      within(screen.getByRole('radiogroup', { name: 'Konsens des Raums' })).getByRole('radio', { name: 'Stufe 0' }),
    ).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(within(row('Ben')).getByRole('radio', { name: 'Stufe 3' })).toHaveFocus()
    await user.keyboard('0{Delete}{ArrowLeft}')
    await user.click(within(row('Ben')).getByRole('radio', { name: 'Stufe 1' }))
    expect(choiceOf('Ben')).toBe(3)
    expect(
      screen.getByText('Die Antworten von Ben kamen als Link und sind geschützt. Zum Ändern „Bearbeiten“ wählen.'),
    ).toBeInTheDocument()
    expect(choiceOf('Anna')).toBe(2)
  })

  test('unlocked per row, an imported answer can be changed; Ctrl+Z and the undo button take entries back', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/live`)
    const undo = await screen.findByRole('button', { name: 'Letzte Eingabe rückgängig' })
    expect(undo).toBeDisabled()
    const unlock = screen.getByRole('button', { name: 'Bearbeiten: Ben' })
    expect(unlock).toHaveAttribute('aria-pressed', 'false')

    await user.click(within(row('Anna')).getByRole('radio', { name: 'Stufe 4' }))
    await user.click(unlock)
    expect(unlock).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByText('Link · bearbeitbar')).toBeInTheDocument()
    expect(row('Ben')).not.toHaveAttribute('aria-readonly')
    await user.click(within(row('Ben')).getByRole('radio', { name: 'Stufe 1' }))
    expect(choiceOf('Ben')).toBe(1)

    // An entry on the next question, then Ctrl+Z from there: back to question 1, Ben's 3 restored.
    await user.click(screen.getByRole('button', { name: /Nächste Frage/ }))
    await user.click(within(row('Anna')).getByRole('radio', { name: 'Stufe 2' }))
    await user.keyboard('{Control>}z{/Control}')
    expect(choiceOf('Anna', 'bm-b')).toBeUndefined()
    expect(screen.getByText('Frage 2 von 6')).toBeInTheDocument()
    await user.keyboard('{Control>}z{/Control}')
    expect(choiceOf('Ben')).toBe(3)
    expect(screen.getByText('Frage 1 von 6')).toBeInTheDocument()
    expect(screen.getByText('Rückgängig gemacht: Ben, Frage 1.')).toBeInTheDocument()

    await user.click(undo)
    expect(choiceOf('Anna')).toBeUndefined()
    expect(undo).toBeDisabled()
    // Locked again, the row is protected once more.
    await user.click(unlock)
    await user.click(within(row('Ben')).getByRole('radio', { name: 'Stufe 0' }))
    expect(choiceOf('Ben')).toBe(3)
  })
})
