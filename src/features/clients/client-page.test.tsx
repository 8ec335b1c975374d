// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { readAll, readRecord } from '../../data/workspace.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { seedAssessment, seedClient } from '../../../tests/builders/client.ts'
import { textsOf } from '../../../tests/queries.ts'

const cells = (row: HTMLElement) => textsOf(row, 'cell')

/** A client with an assessment in March (kept) and a later one in June (in progress). */
async function seedHistory() {
  await seedClient('c1', 'Müller GmbH')
  await seedAssessment({
    id: 'march',
    clientId: 'c1',
    answers: { 'bm-a': { choice: 1 }, 'bm-b': { choice: 1 }, 'cu-a': { choice: 2 }, 'cu-b': { choice: 2 } },
    at: '2025-03-02T10:00:00.000Z',
    kept: true,
  })
  await seedAssessment({
    id: 'june',
    clientId: 'c1',
    answers: {
      'bm-a': { choice: 3, note: 'Neues Angebot' },
      'bm-b': { choice: 1 },
      'cu-a': { choice: 2 },
      'cu-b': { choice: 2 },
      'te-a': { choice: 'dontKnow' },
    },
    at: '2025-06-20T10:00:00.000Z',
  })
}

describe('one client', () => {
  test('an unknown client says so and links back to all clients', async () => {
    await renderApp({ at: '/clients/gone' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Diesen Mandanten gibt es nicht' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Zu allen Mandanten' })).toHaveAttribute('href', '/clients')
  })

  test('the timeline shows each assessment, newest first, scored on its questionnaire', async () => {
    await seedHistory()
    await renderApp({ at: '/clients/c1' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Müller GmbH' })).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Verlauf' })
    const items = within(timeline).getAllByRole('listitem')
    // With the time of day, so two assessments of one day can be told apart.
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      expect.stringMatching(/^Einschätzung vom 20\. Juni 2025 um \d\d:\d\d$/),
      expect.stringMatching(/^Einschätzung vom 2\. März 2025 um \d\d:\d\d$/),
    ])
    expect(items[0]).toHaveTextContent('In Arbeit')
    expect(
      await within(items[0]!).findByText('Mini-Fragebogen, Version 1.0 · 5 von 6 Fragen beantwortet'),
    ).toBeInTheDocument()
    expect(items[1]).toHaveTextContent('Aufbewahrter Stand')
    expect(await within(items[1]!).findByText(/^\d+,\d Punkte · \S+/)).toBeInTheDocument()
  })

  /** Client c1's page with its history, after a click on `button`: the app has gone on to the company page. */
  async function startFromClientPage(button: string) {
    const user = userEvent.setup()
    await seedHistory()
    const { router } = await renderApp({ at: '/clients/c1' })
    await user.click(await screen.findByRole('button', { name: button }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/company'))
  }

  test('re-assessing starts a new assessment of this client with the latest answers', async () => {
    await startFromClientPage('Erneut einschätzen')
    const { response, clientId } = useAssessmentStore.getState()
    expect(clientId).toBe('c1')
    expect(response?.id).not.toBe('june')
    expect(response?.answers).toEqual((await readRecord('assessments', 'june'))!.response.answers)
    // The earlier one is untouched.
    expect((await readRecord('assessments', 'june'))!.response.id).toBe('june')
  })

  test('a new assessment starts blank, filed under this client', async () => {
    await startFromClientPage('Neue Einschätzung')
    expect(useAssessmentStore.getState().clientId).toBe('c1')
    expect(useAssessmentStore.getState().response?.answers).toEqual({})
  })

  test('comparing two assessments shows what moved per dimension and per question', async () => {
    const user = userEvent.setup()
    await seedHistory()
    await renderApp({ at: '/clients/c1' })
    const compare = await screen.findByRole('region', { name: 'Zwei Einschätzungen vergleichen' })
    // By default the two newest: A the earlier, B the later.
    expect(within(compare).getByRole('combobox', { name: 'Einschätzung A (früher)' })).toHaveDisplayValue(
      /^2\. März 2025.* · Aufbewahrter Stand$/,
    )
    const table = await within(compare).findByRole('table', {
      name: 'Punkte je Bereich: A vom 2. März 2025, B vom 20. Juni 2025',
    })
    expect(cells(within(table).getByRole('row', { name: /Geschäftsmodell/ }))).toEqual(['25,0', '50,0', '+25,0'])
    expect(cells(within(table).getByRole('row', { name: /Kunden/ }))).toEqual(['50,0', '50,0', '±0,0'])
    expect(cells(within(table).getByRole('row', { name: /^Technologie(?! \(T\))/ }))).toEqual(['–', '0,0', '–'])

    const moved = within(compare).getByRole('region', { name: 'Geschäftsmodell' })
    expect(textsOf(moved, 'listitem')).toEqual(['Value (de): Stufe 1 → Stufe 3'])
    const technology = within(compare).getByRole('region', { name: 'Technologie' })
    expect(technology).toHaveTextContent('Channels (de): nicht beantwortet → Weiß ich nicht')
    expect(within(compare).queryByRole('region', { name: 'Kunden' })).not.toBeInTheDocument()

    // Swapped, the same moves run the other way.
    await user.selectOptions(within(compare).getByRole('combobox', { name: 'Einschätzung A (früher)' }), 'june')
    await user.selectOptions(within(compare).getByRole('combobox', { name: 'Einschätzung B (später)' }), 'march')
    const swapped = within(compare).getByRole('table')
    expect(cells(within(swapped).getByRole('row', { name: /Geschäftsmodell/ }))).toEqual(['50,0', '25,0', '−25,0'])
  })

  test('assessments on different questionnaire versions compare by dimension only', async () => {
    await seedHistory()
    const older = (await readRecord('assessments', 'march'))!
    const { writeNow } = await import('../../data/workspace.ts')
    await writeNow([
      {
        store: 'assessments',
        value: { ...older, response: { ...older.response, questionnaire: { id: 'mini', version: '0.9' } } },
      },
    ])
    const { useQuestionnaireStore } = await import('../../store/questionnaire-store.ts')
    await renderApp({ at: '/clients/c1' })
    const mini = useQuestionnaireStore.getState().custom!
    useQuestionnaireStore.setState({ library: [mini, { ...mini, version: '0.9' }] })
    const compare = await screen.findByRole('region', { name: 'Zwei Einschätzungen vergleichen' })
    expect(
      await within(compare).findByText(
        'Die beiden beruhen auf verschiedenen Fragebogen-Versionen: Verglichen wird nur je Bereich, nicht je Frage.',
      ),
    ).toBeInTheDocument()
    expect(cells(within(compare).getByRole('row', { name: /Geschäftsmodell/ }))).toEqual(['25,0', '50,0', '+25,0'])
    expect(within(compare).queryByRole('heading', { name: 'Veränderte Antworten' })).not.toBeInTheDocument()
  })

  test('deleting an assessment asks first, then it leaves the timeline', async () => {
    const user = userEvent.setup()
    await seedHistory()
    await renderApp({ at: '/clients/c1' })
    await user.click(
      await screen.findByRole('button', { name: /^Einschätzung vom 2\. März 2025 um \d\d:\d\d löschen\??$/ }),
    )
    const dialog = screen.getByRole('dialog', { name: /^Einschätzung vom 2\. März 2025 um \d\d:\d\d löschen\?$/ })
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }))
    expect(await readRecord('assessments', 'march')).toBeDefined()

    await user.click(screen.getByRole('button', { name: /^Einschätzung vom 2\. März 2025 um \d\d:\d\d löschen\??$/ }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Ja, löschen' }))
    expect(await screen.findByText(/^Einschätzung vom 2\. März 2025 um \d\d:\d\d ist gelöscht\.$/)).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'Verlauf' })
    // The timeline is re-read from the database after the delete commits: it follows a moment later.
    await waitFor(() =>
      expect(
        within(timeline).queryByRole('heading', { name: /^Einschätzung vom 2\. März 2025/ }),
      ).not.toBeInTheDocument(),
    )
    expect(await screen.findByText('Zum Vergleichen braucht es mindestens zwei Einschätzungen.')).toBeInTheDocument()
  })

  test('renaming the client, and deleting it after confirming', async () => {
    const user = userEvent.setup()
    await seedHistory()
    const { router } = await renderApp({ at: '/clients/c1' })
    await user.click(await screen.findByRole('button', { name: 'Umbenennen' }))
    const name = screen.getByRole('textbox', { name: 'Name des Mandanten' })
    await user.clear(name)
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }))
    expect(name).toHaveAccessibleDescription('Bitte geben Sie einen Namen ein.')
    await user.type(name, 'Müller & Söhne GmbH')
    await user.click(screen.getByRole('button', { name: 'Namen speichern' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Müller & Söhne GmbH' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Umbenennen' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Mandant löschen' }))
    const dialog = screen.getByRole('dialog', { name: '„Müller & Söhne GmbH“ löschen?' })
    expect(dialog).toHaveTextContent('mit 2 Einschätzungen und 0 Workshops gelöscht')
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Mandant löschen' }))
    expect(await screen.findByText('„Müller & Söhne GmbH“ ist gelöscht.')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/clients')
    expect(await readAll('clients')).toEqual([])
    expect(await readAll('assessments')).toEqual([])
  })

  test('an assessment under no client can be filed under this one', async () => {
    const user = userEvent.setup()
    await seedClient('c1', 'Müller GmbH')
    await seedAssessment({ id: 'own', clientId: null, answers: {}, at: '2025-03-02T10:00:00.000Z' })
    await renderApp({ at: '/clients/c1' })
    const file = await screen.findByRole('region', { name: 'Einschätzung zuordnen' })
    expect(within(file).getByRole('combobox', { name: 'Einschätzung' })).toHaveDisplayValue(
      /^Einschätzung vom 2\. März 2025/,
    )
    await user.click(within(file).getByRole('button', { name: 'Diesem Mandanten zuordnen' }))
    const timeline = screen.getByRole('region', { name: 'Verlauf' })
    expect(
      await within(timeline).findByRole('heading', { name: /^Einschätzung vom 2\. März 2025 um/ }),
    ).toBeInTheDocument()
    expect((await readRecord('assessments', 'own'))?.clientId).toBe('c1')
  })
})
