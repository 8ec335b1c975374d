// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { formatJoinCode, joinCodeFor } from '../../../domain/index.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

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

  test('a short code to type, on the page and on the projector, for a built-in questionnaire', async () => {
    const user = userEvent.setup()
    const seeded = seedWorkshop()
    const workshop = { ...seeded, questionnaire: { id: 'groundwork', version: '2.0' } }
    useWorkshopStore.setState({ workshops: [workshop] })
    await renderWorkshop(`/workshops/${workshop.id}`)
    const code = formatJoinCode(joinCodeFor(workshop)!)
    expect(await screen.findByText(code, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(screen.getByText(/Ohne Link und QR-Code: .*#\/join öffnen und diesen Code eingeben\./)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'QR-Code für den Beamer' }))
    const dialog = screen.getByRole('dialog', { name: 'Einladung zu „Strategieklausur“' })
    expect(within(dialog).getByText(code)).toBeInTheDocument()
  })

  test('no code for a questionnaire of the consultant’s own, and it says why', async () => {
    const workshop = seedWorkshop()
    await renderWorkshop(`/workshops/${workshop.id}`)
    expect(
      await screen.findByText(/Für einen eigenen Fragebogen gibt es keinen Code zum Eintippen/, {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.queryByText('Code zum Eintippen')).not.toBeInTheDocument()
  })
})
