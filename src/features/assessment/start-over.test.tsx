// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { buildResponse } from '../../../tests/builders/response.ts'

describe('start over', () => {
  test('asks first; cancelling keeps every answer', async () => {
    const user = userEvent.setup()
    const before = buildResponse({ 'bm-a': { choice: 2 }, 'cu-a': { choice: 'dontKnow' } })
    await renderApp({ at: '/overview', response: before })
    await user.click(await screen.findByRole('button', { name: 'Neu beginnen' }))
    const dialog = screen.getByRole('dialog', { name: 'Wirklich neu beginnen?' })
    expect(dialog).toHaveTextContent('Ihre 2 Antworten werden aus diesem Browser gelöscht.')
    expect(within(dialog).getByRole('button', { name: 'Antworten herunterladen' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(useAssessmentStore.getState().response).toEqual(before)
  })

  test('Escape closes the dialog without deleting', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/overview', response: buildResponse({ 'bm-a': { choice: 2 } }) })
    await user.click(await screen.findByRole('button', { name: 'Neu beginnen' }))
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(useAssessmentStore.getState().response).not.toBeNull()
  })

  test('confirming deletes the answers and returns to the start page', async () => {
    const user = userEvent.setup()
    const { router } = await renderApp({ at: '/overview', response: buildResponse({ 'bm-a': { choice: 2 } }) })
    await user.click(await screen.findByRole('button', { name: 'Neu beginnen' }))
    await user.click(screen.getByRole('button', { name: 'Löschen und neu beginnen' }))
    expect(useAssessmentStore.getState().response).toBeNull()
    expect(router.state.location.pathname).toBe('/')
    expect(await screen.findByRole('button', { name: /Einschätzung beginnen/ })).toBeInTheDocument()
  })
})
