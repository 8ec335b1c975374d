// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { miniResponse, renderApp } from '../../../tests/render.tsx'

const jsonFile = (data: unknown, name = 'antworten.json') =>
  new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' })

describe('importing a response file', () => {
  test('a malformed file is explained with paths and leaves the answers untouched', async () => {
    const user = userEvent.setup()
    const before = miniResponse({ 'bm-a': { choice: 2 } })
    await renderApp({ at: '/overview', response: before })
    const input = await screen.findByLabelText('Antwortdatei importieren')
    await user.upload(input, jsonFile({ ...miniResponse(), answers: { 'bm-a': { choice: 7 } } }, 'kaputt.json'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('„kaputt.json“ konnte nicht importiert werden')
    expect(within(alert).getByText('answers.bm-a.choice', { exact: false })).toBeInTheDocument()
    expect(useAssessmentStore.getState().response).toEqual(before)
  })

  test('a file that is not JSON says so', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/', response: null })
    await user.upload(await screen.findByLabelText('Antwortdatei importieren'), jsonFile('{ nope'))
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON')
    expect(useAssessmentStore.getState().response).toBeNull()
  })

  test('a response to another questionnaire is refused', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/', response: null })
    const foreign = { ...miniResponse(), questionnaire: { id: 'other', version: '2.0' } }
    await user.upload(await screen.findByLabelText('Antwortdatei importieren'), jsonFile(foreign))
    expect(await screen.findByRole('alert')).toHaveTextContent('questionnaire')
    expect(useAssessmentStore.getState().response).toBeNull()
  })

  test('a valid file replaces existing answers only after confirmation', async () => {
    const user = userEvent.setup()
    const before = miniResponse({ 'bm-a': { choice: 2 } })
    await renderApp({ at: '/overview', response: before })
    const incoming = { ...miniResponse({ 'bm-a': { choice: 4 }, 'te-a': { choice: 'notNeeded' } }), id: 'other-device' }
    const input = await screen.findByLabelText('Antwortdatei importieren')

    await user.upload(input, jsonFile(incoming))
    const dialog = await screen.findByRole('dialog', { name: 'Antworten ersetzen?' })
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }))
    expect(useAssessmentStore.getState().response).toEqual(before)

    await user.upload(input, jsonFile(incoming))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ersetzen' }))
    expect(useAssessmentStore.getState().response?.answers).toEqual(incoming.answers)
    // Announced to screen readers as a status message.
    expect(await screen.findByText('Importiert: 2 Antworten.')).toHaveAttribute('role', 'status')
  })
})
