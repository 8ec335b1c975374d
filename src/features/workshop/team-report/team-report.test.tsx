// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import { useSettingsStore } from '../../../store/settings-store.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'
import { textsOf } from '../../../../tests/queries.ts'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
  const people = [
    {
      id: 'p1',
      name: 'Anna',
      role: 'management',
      answers: { 'bm-a': { choice: 0 }, 'bm-b': { choice: 3 }, 'cu-a': { choice: 2 } },
    },
    {
      id: 'p2',
      name: 'Ben',
      role: 'staff',
      answers: { 'bm-a': { choice: 4 }, 'bm-b': { choice: 2 }, 'cu-a': { choice: 2 } },
    },
    { id: 'p3', role: 'staff', answers: { 'bm-a': { choice: 2 }, 'bm-b': { choice: 2 }, 'cu-a': { choice: 2 } } },
  ]
  useWorkshopStore.getState().addParticipants(
    workshopId,
    people.map((p) => ({ ...p, source: 'live' as const })),
  )
})

describe('team report', () => {
  test('shows the team score and the mean of individual scores apart, and the ranked discussion topics', async () => {
    await renderWorkshop(`/workshops/${workshopId}/report`)
    expect(await screen.findByRole('heading', { level: 1, name: 'Strategieklausur' })).toBeInTheDocument()
    const dimensions = await screen.findByRole('table', { name: /Dimensionen: Punkte von 100/ })
    expect(textsOf(dimensions, 'columnheader')).toEqual([
      'Dimension',
      'Teamwert',
      'Mittel der Einzelwerte',
      'Niedrigster',
      'Höchster',
      'Spanne',
    ])
    const businessModel = within(dimensions).getByRole('row', { name: /Geschäftsmodell/ })
    // Team from the mean levels: (2 + 7/3) / 8 = 54,2. Anna (0 + 3) / 8 = 37,5; Ben 75,0; third 50,0: mean 54,2.
    expect(textsOf(businessModel, 'cell')).toEqual(['54,2', '54,2', '37,5', '75,0', '37,5'])

    const topics = screen.getByRole('region', { name: /Diskussionsthemen/ })
    expect(within(topics).getByText('Für die Tagesordnung')).toBeInTheDocument()
    const items = within(topics).getAllByRole('listitem')
    expect(items).toHaveLength(1)
    expect(within(items[0]!).getByText(/^Nr\. 1 · Geschäftsmodell$/)).toBeInTheDocument()
    expect(within(items[0]!).getByRole('heading', { name: 'Value (de)' })).toBeInTheDocument()
    // 0, 4 and 2: no two of the three within one level of each other.
    expect(within(items[0]!).getByText('Geteilt · Einigkeit 33 % · Stufe 0 bis 4')).toBeInTheDocument()
    expect(within(items[0]!).getByText('bm-a Stufe 0')).toBeInTheDocument()
    expect(within(items[0]!).getByText('bm-a Stufe 4')).toBeInTheDocument()

    // 3, 2, 2 is within one level: agreement now, as 2, 2, 2 is.
    const consensus = screen.getByRole('region', { name: /Wo das Team übereinstimmt/ })
    expect(within(consensus).getByText(/Stufe 2: cu-a Stufe 2/)).toBeInTheDocument()
    expect(within(consensus).getByText('(3 von 3 bei Stufe 2–3)')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /Befunde aus Sicht des Teams/ })).toBeInTheDocument()
  })

  test('"don\'t know" keeps a question out of agreement, makes it a topic and a finding', async () => {
    useWorkshopStore.getState().addParticipants(workshopId, [
      {
        id: 'p4',
        name: 'Dora',
        role: 'staff',
        source: 'live' as const,
        answers: {
          'bm-a': { choice: 'dontKnow' },
          'bm-b': { choice: 'dontKnow' },
          'cu-a': { choice: 'dontKnow' },
          'cu-b': { choice: 'notApplicable' },
        },
      },
    ])
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/report`)
    const consensus = await screen.findByRole('region', { name: /Wo das Team übereinstimmt/ })
    expect(within(consensus).getByText('Noch keine Frage, bei der das Team einig ist.')).toBeInTheDocument()
    const topics = screen.getByRole('region', { name: /Diskussionsthemen/ })
    const items = within(topics).getAllByRole('listitem')
    // bm-a: split, 3 of 4 outside the agreeing group; bm-b and cu-a: one in four did not know.
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Value (de)',
      'Money (de)',
      'Needs (de)',
    ])
    expect(
      within(items[2]!).getByText('Nicht alle wissen es · Einigkeit 100 % · alle Stufe 2 · 1× „Weiß ich nicht“'),
    ).toBeInTheDocument()
    const findings = screen.getByRole('region', { name: /Befunde aus Sicht des Teams/ })
    expect(within(findings).getByText(/Person 4 hat oft „Weiß ich nicht“ gesagt/)).toBeInTheDocument()
    await user.click(screen.getByLabelText(/Namen zeigen/))
    expect(within(findings).getByText(/Dora hat oft „Weiß ich nicht“ gesagt/)).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /Stufen 0–4 je Frage/ })
    const row = within(table).getByRole('row', { name: /Needs \(de\)/ })
    expect(within(row).getByRole('cell', { name: 'Nicht alle wissen es' })).toBeInTheDocument()
  })

  test('compares two roles, largest gap first', async () => {
    await renderWorkshop(`/workshops/${workshopId}/report`)
    const table = await screen.findByRole('table', { name: 'Mittlere Stufe: Geschäftsführung gegenüber Mitarbeitende' })
    const rows = within(table).getAllByRole('row').slice(1)
    // bm-a: 0 against (4 + 2) / 2 = 3 → −3,0; bm-b: 3 against 2 → +1,0; cu-a: ±0,0.
    expect(rows.map((r) => textsOf(r, 'cell'))).toEqual([
      ['0,0', '3,0', '−3,0'],
      ['3,0', '2,0', '+1,0'],
      ['2,0', '2,0', '±0,0'],
    ])
    await userEvent.setup().selectOptions(screen.getByLabelText('Erste Rolle'), 'staff')
    await userEvent.setup().selectOptions(screen.getByLabelText('Zweite Rolle'), 'management')
    expect(
      screen.getByRole('table', { name: 'Mittlere Stufe: Mitarbeitende gegenüber Geschäftsführung' }),
    ).toBeInTheDocument()
  })

  test('a difference between roles is the difference of the means shown: 2,3 against 1,7 is +0,6', async () => {
    const te = (choice: number) => ({ 'te-a': { choice: choice as 0 | 1 | 2 | 3 | 4 } })
    useWorkshopStore.getState().addParticipants(workshopId, [
      { id: 'p4', role: 'management', answers: te(2), source: 'live' as const },
      { id: 'p5', role: 'management', answers: te(2), source: 'live' as const },
      { id: 'p6', role: 'management', answers: te(3), source: 'live' as const },
      { id: 'p7', role: 'staff', answers: te(1), source: 'live' as const },
      { id: 'p8', role: 'staff', answers: te(2), source: 'live' as const },
      { id: 'p9', role: 'staff', answers: te(2), source: 'live' as const },
    ])
    await renderWorkshop(`/workshops/${workshopId}/report`)
    const table = await screen.findByRole('table', { name: 'Mittlere Stufe: Geschäftsführung gegenüber Mitarbeitende' })
    const row = within(table).getByRole('row', { name: /Channels \(de\)/ })
    // 7/3 − 5/3 is 0,67 (+0,7 rounded); a reader checking the figures shown gets 2,3 − 1,7 = 0,6.
    expect(textsOf(row, 'cell')).toEqual(['2,3', '1,7', '+0,6'])
  })

  test('individual profiles are anonymised until names are shown', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}/report`)
    await user.click(await screen.findByRole('button', { name: 'Einzelprofile zeigen' }))
    const table = screen.getByRole('table', { name: /Punkte von 100 je Dimension und Person/ })
    expect(within(table).getByRole('rowheader', { name: 'Person 1' })).toBeInTheDocument()
    expect(within(table).queryByText('Anna')).not.toBeInTheDocument()
    await user.click(screen.getByLabelText(/Namen zeigen/))
    expect(within(table).getByRole('rowheader', { name: 'Anna' })).toBeInTheDocument()
    expect(within(table).getByRole('rowheader', { name: 'Person 3' })).toBeInTheDocument()
  })

  test('the CSV download is German Excel: BOM, semicolons, decimal comma, anonymised', async () => {
    const user = userEvent.setup()
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    await renderWorkshop(`/workshops/${workshopId}/report`)
    await user.click(await screen.findByRole('button', { name: 'Alle Antworten als CSV (Excel)' }))
    expect(blobs).toHaveLength(1)
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n')
    expect(lines[0]).toMatch(/^Dimension;Frage-ID;Frage;Person 1;Person 2;Person 3;Mittelwert;Median;Einigkeit \(%\);/)
    expect(lines[0]).toMatch(/;Teamwert;Mittel der Einzelwerte;Anmerkungen;Vereinbarte Stufe;Entscheidung;Maßnahmen$/)
    // Anonymised: no role beside a person's column; the roles are counted at the end.
    expect(lines[1]).toMatch(/^Rolle;;anonym: nicht je Person, unten gezählt;;;;/)
    expect(lines[2]).toBe('Geschäftsmodell;bm-a;Value (de);0;4;2;2,00;2;33;4;0;0;0;Geteilt;1;;;;;;')
    // The same two figures as on screen, under the same names.
    expect(lines).toContain('Geschäftsmodell;;Punkte der Dimension (0–100);37,5;75,0;50,0;;;;;;;;;;54,2;54,2;;;;')
    // The workshop's details close the sheet.
    expect(lines.slice(-6)).toEqual([
      'Workshop;Strategieklausur',
      'Organisation;Muster GmbH',
      'Datum;2026-11-23',
      'Moderation;',
      'Rollen;Geschäftsführung: 1 · Mitarbeitende: 2',
      '',
    ])
    expect(lines.join('\n')).not.toContain('Anna')
    useSettingsStore.setState({ locale: 'de' })
  })
})
