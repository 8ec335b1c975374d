// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { renderWorkshop, seedWorkshop } from './testing.tsx'

describe('the invitation', () => {
  test('a larger QR code on the page, and one for the projector as large as the screen allows', async () => {
    const user = userEvent.setup()
    const workshop = seedWorkshop()
    await renderWorkshop(`/workshops/${workshop.id}`)
    const onPage = await screen.findByRole(
      'img',
      { name: 'QR-Code mit dem Einladungslink zu „Strategieklausur“' },
      { timeout: 5000 },
    )
    expect(onPage).toHaveAttribute('width', '280')
    await user.click(screen.getByRole('button', { name: 'QR-Code für den Beamer' }))
    const dialog = screen.getByRole('dialog', { name: 'Einladung zu „Strategieklausur“' })
    expect(await within(dialog).findByRole('img', {}, { timeout: 5000 })).toHaveAttribute('width', '720')
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})
