// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test } from 'vitest'
import { bindStores } from '../../../data/start.ts'
import { readRecord, useWorkspaceDatabase } from '../../../data/workspace.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'

let unbind: (() => void) | undefined
afterEach(() => {
  unbind?.()
  unbind = undefined
})

test('a name typed in the table is saved as it is typed: a reload right after keeps it, no leaving the field needed', async () => {
  await useWorkspaceDatabase(`participants-${crypto.randomUUID()}`)
  unbind = bindStores()
  const { id } = seedWorkshop()
  useWorkshopStore.getState().addParticipant(id, { role: 'staff' })
  const user = userEvent.setup()
  const { unmount } = await renderWorkshop(`/workshops/${id}`)
  const field = await screen.findByRole('textbox', { name: 'Name von Person 1' })
  await user.type(field, 'Ayşe Yılmaz')
  expect(field).toHaveFocus()
  expect(useWorkshopStore.getState().workshops[0]!.participants[0]!.name).toBe('Ayşe Yılmaz')
  await waitFor(async () =>
    expect((await readRecord('workshops', id))?.workshop.participants[0]?.name).toBe('Ayşe Yılmaz'),
  )

  // The reload: what the workspace holds is all there is.
  unmount()
  const stored = (await readRecord('workshops', id))!.workshop
  useWorkshopStore.setState({ workshops: [stored] })
  await renderWorkshop(`/workshops/${id}`)
  expect(await screen.findByRole('textbox', { name: 'Name von Person 1' })).toHaveValue('Ayşe Yılmaz')
})
