// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { bindStores } from '../../data/start.ts'
import { readRecord, useWorkspaceDatabase } from '../../data/workspace.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { buildResponse } from '../../../tests/builders/response.ts'

const answers = () => useAssessmentStore.getState().response!.answers

describe('a question step', () => {
  test('the level statements are the labels, and choosing one stores it at once', async () => {
    const user = userEvent.setup()
    await useWorkspaceDatabase(`question-card-${crypto.randomUUID()}`)
    await renderApp({ at: '/assess/business-model', response: buildResponse() })
    const unbind = bindStores()
    const question = await screen.findByRole('group', { name: 'Frage bm-a?' })
    const level2 = within(question).getByRole('radio', { name: 'bm-a Stufe 2' })
    await user.click(level2)
    expect(level2).toBeChecked()
    expect(answers()['bm-a']).toEqual({ choice: 2 })
    await waitFor(async () =>
      expect((await readRecord('assessments', 'test-response'))?.response.answers['bm-a']).toEqual({ choice: 2 }),
    )
    unbind()
    expect(screen.getByRole('progressbar', { name: 'Fortschritt: Geschäftsmodell' })).toHaveAttribute(
      'aria-valuenow',
      '1',
    )
  })

  test('special answers appear only where the question offers them', async () => {
    await renderApp({ at: '/assess/customers', response: buildResponse() })
    const needs = await screen.findByRole('group', { name: 'Frage cu-a?' })
    const feedback = screen.getByRole('group', { name: 'Frage cu-b?' })
    expect(within(needs).getAllByRole('radio')).toHaveLength(6)
    expect(within(needs).getByRole('radio', { name: 'Weiß ich nicht' })).toBeInTheDocument()
    expect(within(needs).queryByRole('radio', { name: 'Trifft auf uns nicht zu' })).not.toBeInTheDocument()
    expect(within(feedback).getByRole('radio', { name: 'Trifft auf uns nicht zu' })).toBeInTheDocument()
    expect(screen.queryByRole('radio', { name: 'Für unser Geschäft nicht nötig' })).not.toBeInTheDocument()
  })

  test('"not needed for our business" is offered on the tools question that allows it, and stored', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/assess/technology', response: buildResponse() })
    const channels = await screen.findByRole('group', { name: 'Frage te-a?' })
    await user.click(within(channels).getByRole('radio', { name: 'Für unser Geschäft nicht nötig' }))
    expect(answers()['te-a']).toEqual({ choice: 'notNeeded' })
    const backups = screen.getByRole('group', { name: 'Frage te-b?' })
    expect(within(backups).queryByRole('radio', { name: 'Für unser Geschäft nicht nötig' })).not.toBeInTheDocument()
  })

  test('a note is saved as it is typed, and "why this matters" is a disclosure', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/assess/business-model', response: buildResponse({ 'bm-a': { choice: 1 } }) })
    const notes = await screen.findAllByRole('textbox', { name: /Notiz/ })
    await user.type(notes[0]!, 'Nur im Kopf des Chefs')
    expect(answers()['bm-a']).toEqual({ choice: 1, note: 'Nur im Kopf des Chefs' })
    await user.clear(notes[0]!)
    expect(answers()['bm-a']).toEqual({ choice: 1 })
    expect(screen.getAllByText('Warum das wichtig ist')[0]!.tagName).toBe('SUMMARY')
  })

  test('focusing a question remembers it for resume', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/assess/business-model', response: buildResponse() })
    const question = await screen.findByRole('group', { name: 'Frage bm-b?' })
    await user.click(within(question).getByRole('radio', { name: 'bm-b Stufe 0' }))
    expect(useAssessmentStore.getState().lastQuestionId).toBe('bm-b')
  })

  test('a deep link to a question focuses it', async () => {
    await renderApp({ at: '/assess/business-model?q=bm-b', response: buildResponse({ 'bm-b': { choice: 3 } }) })
    const chosen = await screen.findByRole('radio', { name: 'bm-b Stufe 3' })
    expect(chosen).toHaveFocus()
  })
})
