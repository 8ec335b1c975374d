// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, test } from 'vitest'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useHistoryStore } from '../../store/history-store.ts'
import { loadDefaultQuestionnaire } from '../../store/questionnaire-store.ts'
import { fixtures, renderReport } from '../../../tests/pages/report.tsx'

beforeAll(() => loadDefaultQuestionnaire())

describe('report: targets and over time', () => {
  test('a target per dimension is stored and the gap to it is shown', async () => {
    await renderReport(fixtures.toolsAhead)
    const select = await screen.findByRole('combobox', { name: 'Ziel für Kunden' })
    await userEvent.selectOptions(select, 'Gesteuert (ab 75,0)')
    expect(useAssessmentStore.getState().response?.targets).toEqual({ customers: 'steering' })
    const targets = screen.getByRole('region', { name: 'Zielprofil' })
    const row = within(targets).getByRole('row', { name: /Kunden/ })
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent?.trim()),
    ).toContain('50,0')
    const customers = screen.getByRole('region', { name: 'Kunden' })
    expect(customers).toHaveTextContent('Ziel: Gesteuert · noch 50,0 Punkte bis zum Ziel')
    // The business model has no target, so it keeps its gap to the top; reaching a target removes steps.
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Ziel für Technologie' }),
      'Festgelegt (ab 50,0)',
    )
    expect(within(targets).getByRole('row', { name: /Technologie/ })).toHaveTextContent('erreicht')
    await userEvent.selectOptions(select, 'Kein eigenes Ziel (die nächste Stufe)')
    expect(useAssessmentStore.getState().response?.targets).toEqual({ technology: 'defined' })
  })

  test('keeping an assessment, comparing with an earlier one, and deleting it', async () => {
    useHistoryStore.getState().keep(fixtures.comparisonEarlier, new Date('2024-09-02T12:00:00Z'))
    await renderReport(fixtures.strong)
    await userEvent.click(await screen.findByRole('button', { name: 'Diesen Stand aufbewahren' }))
    expect(screen.getByRole('status')).toHaveTextContent('Dieser Stand ist aufbewahrt.')
    expect(useHistoryStore.getState().entries).toHaveLength(2)

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Vergleichen mit' }), '2. September 2024')
    const table = screen.getByRole('table', {
      name: 'Punkte je Bereich: 2. September 2024 und heute',
    })
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    expect(cells(/Geschäftsmodell/)).toEqual(['37,5', '87,5', '+50,0'])
    expect(cells(/Kunden/)).toEqual(['62,5', '87,5', '+25,0'])
    expect(cells(/^Technologie \d/)).toEqual(['75,0', '62,5', '−12,5'])
    expect(cells(/Gesamt/)).toEqual(['49,2', '79,2', '+30,0'])
    // F and T are rows of the table: what they mean is said right there.
    expect(table).toHaveAccessibleDescription(/F ist der gewichtete Mittelwert .* Gezählt wird T nur bis F plus/)
    // Both profiles on the chart, and the earlier one in the chart's table.
    expect(screen.getByText('Früher (2. September 2024)')).toBeInTheDocument()
    const chartTable = screen.getByRole('table', { name: 'Punkte je Bereich (0 bis 100)' })
    expect(within(chartTable).getByRole('columnheader', { name: '2. September 2024' })).toBeInTheDocument()

    await userEvent.click(screen.getByRole('button', { name: 'Stand vom 2. September 2024 löschen' }))
    await userEvent.click(screen.getByRole('button', { name: 'Ja, löschen' }))
    expect(useHistoryStore.getState().entries).toHaveLength(1)
    expect(screen.queryByRole('table', { name: /und heute/ })).not.toBeInTheDocument()
  })

  test('deleting can be cancelled: the kept state stays listed and can still be compared', async () => {
    const user = userEvent.setup()
    useHistoryStore.getState().keep(fixtures.weak, new Date('2025-03-12T12:00:00Z'))
    await renderReport(fixtures.weak)
    const history = await screen.findByRole('region', { name: 'Verlauf' })
    await user.click(within(history).getByRole('button', { name: 'Stand vom 12. März 2025 löschen' }))
    const question = within(history).getByRole('group', { name: 'Stand vom 12. März 2025 wirklich löschen?' })
    await user.click(within(question).getByRole('button', { name: 'Abbrechen' }))

    expect(question).not.toBeInTheDocument()
    expect(within(history).getByRole('listitem')).toHaveTextContent(/^12\. März 2025 · /)
    expect(within(history).getByRole('button', { name: 'Stand vom 12. März 2025 löschen' })).toBeInTheDocument()
    expect(within(history).getByRole('option', { name: '12. März 2025' })).toBeInTheDocument()
  })
})
