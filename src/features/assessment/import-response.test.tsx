// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { miniQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { buildResponse } from '../../../tests/builders/response.ts'
import { jsonFile } from '../../../tests/builders/file.ts'

describe('importing a response file', () => {
  test('a malformed file is explained with paths and leaves the answers untouched', async () => {
    const user = userEvent.setup()
    const before = buildResponse({ 'bm-a': { choice: 2 } })
    await renderApp({ at: '/overview', response: before })
    // The overview is a lazy route: on a loaded machine it takes longer than findBy's default second.
    const input = await screen.findByLabelText('Antwortdatei importieren', {}, { timeout: 5000 })
    await user.upload(input, jsonFile('kaputt.json', { ...buildResponse(), answers: { 'bm-a': { choice: 7 } } }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('„kaputt.json“ konnte nicht importiert werden')
    expect(within(alert).getByText('answers.bm-a.choice', { exact: false })).toBeInTheDocument()
    // In German, naming the question by its title, and saying what is allowed.
    expect(alert).toHaveTextContent(
      'Frage „Value (de)“, Stufe: 7 gibt es nicht – erlaubt sind die Stufen 0 bis 4, „dontKnow“, „notApplicable“ und „notNeeded“',
    )
    expect(alert).not.toHaveTextContent(/Invalid|expected|must be|allowed/)
    expect(useAssessmentStore.getState().response).toEqual(before)
  })

  test('in English, the same file is explained in English', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/', response: null, locale: 'en' })
    const broken = { ...buildResponse(), answers: { 'bm-a': { choice: 'maybe' } }, company: { size: 12 } }
    const input = await screen.findByLabelText('Import a response file', {}, { timeout: 5000 })
    await user.upload(input, jsonFile('broken.json', broken))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Question “Value”, level: “maybe” does not exist — allowed are the levels 0 to 4')
    expect(alert).toHaveTextContent('Company, size: 12 is a number — expected a text')
  }, 15_000)

  test('a file that is not JSON says so', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/', response: null })
    await user.upload(await screen.findByLabelText('Antwortdatei importieren'), jsonFile('antworten.json', '{ nope'))
    expect(await screen.findByRole('alert')).toHaveTextContent('Kein gültiges JSON, vielleicht abgeschnitten')
    expect(useAssessmentStore.getState().response).toBeNull()
  })

  test('a response to another questionnaire is refused', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/', response: null })
    const foreign = { ...buildResponse(), questionnaire: { id: 'other', version: '2.0' } }
    await user.upload(await screen.findByLabelText('Antwortdatei importieren'), jsonFile('antworten.json', foreign))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Beantwortet den Fragebogen „other“ Version 2.0, nicht „mini“ Version 1.0',
    )
    expect(useAssessmentStore.getState().response).toBeNull()
  })

  test('a file answering an earlier version is carried over, and says what was left behind', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/', response: null })
    // Version 1.1 of the mini questionnaire keeps bm-a (renamed bm-value) and drops cu-b.
    const current = miniQuestionnaire()
    useQuestionnaireStore.setState({
      custom: {
        ...current,
        version: '1.1',
        questions: current.questions
          .map((q) => (q.id === 'bm-a' ? { ...q, id: 'bm-value' } : q))
          .filter((q) => q.id !== 'cu-b'),
        carryOver: [{ fromVersion: '1.0', questions: { 'bm-a': 'bm-value', 'cu-a': 'cu-a' } }],
      },
    })
    const old = buildResponse({ 'bm-a': { choice: 3 }, 'cu-a': { choice: 1 }, 'cu-b': { choice: 2 } })
    await user.upload(await screen.findByLabelText('Antwortdatei importieren'), jsonFile('antworten.json', old))
    const status = await screen.findByText(/Importiert: 2 Antworten\./)
    expect(status).toHaveTextContent(
      'Die Datei beantwortet Version 1.0; ihre Antworten wurden auf Version 1.1 übernommen.',
    )
    expect(status).toHaveTextContent(
      'Nicht übernommen (die Frage gibt es nicht mehr oder sie hat sich geändert): cu-b.',
    )
    expect(useAssessmentStore.getState().response?.answers).toEqual({
      'bm-value': { choice: 3 },
      'cu-a': { choice: 1 },
    })
  })

  test('a valid file replaces existing answers only after confirmation', async () => {
    const user = userEvent.setup()
    const before = buildResponse({ 'bm-a': { choice: 2 } })
    await renderApp({ at: '/overview', response: before })
    const incoming = {
      ...buildResponse({ 'bm-a': { choice: 4 }, 'te-a': { choice: 'notNeeded' } }),
      id: 'other-device',
    }
    const input = await screen.findByLabelText('Antwortdatei importieren')

    await user.upload(input, jsonFile('antworten.json', incoming))
    const dialog = await screen.findByRole('dialog', { name: 'Antworten ersetzen?' })
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }))
    expect(useAssessmentStore.getState().response).toEqual(before)

    await user.upload(input, jsonFile('antworten.json', incoming))
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ersetzen' }))
    expect(useAssessmentStore.getState().response?.answers).toEqual(incoming.answers)
    // Announced to screen readers as a status message.
    expect(await screen.findByText('Importiert: 2 Antworten.')).toHaveAttribute('role', 'status')
  })
})
