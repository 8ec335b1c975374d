// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'
import { jsonFile } from '../../../../tests/builders/file.ts'
import { responseFile } from '../../../../tests/builders/response.ts'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
})

const participants = () => useWorkshopStore.getState().workshops[0]!.participants
const answers = (id: string, name: string, role?: string) =>
  responseFile(id, { 'bm-a': 2, 'bm-b': 3 }, { respondent: { name, ...(role ? { role } : {}) } })

describe('people registered in advance', () => {
  test('get their own answers: three people stay three rows', async () => {
    const store = useWorkshopStore.getState()
    store.addParticipant(workshopId, { name: 'Anna Meier', role: 'management' })
    store.addParticipant(workshopId, { name: 'Ben' })
    store.addParticipant(workshopId, { name: 'Carla' })
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    await user.upload(await screen.findByLabelText('Dateien auswählen'), [
      jsonFile('anna.json', answers('r-anna', 'anna  MEIER', 'staff')),
      jsonFile('ben.json', answers('r-ben', 'BEN', 'staff')),
      jsonFile('carla.json', answers('r-carla', 'Carla')),
    ])
    expect(await screen.findByText('3 hinzugefügt, 0 doppelt, 0 abgewiesen.')).toBeInTheDocument()
    expect(screen.getByText('anna.json: Anna Meier zugeordnet – schon vorher eingetragen.')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Teilnehmende (3)' })).toBeInTheDocument()
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    for (const row of rows) expect(within(row).getByText('2/6')).toBeInTheDocument()
    expect(participants()).toMatchObject([
      // The facilitator's spelling and role stand; a role is taken only where none was chosen.
      { name: 'Anna Meier', role: 'management', source: 'file', responseId: 'r-anna' },
      { name: 'Ben', role: 'staff', source: 'file', responseId: 'r-ben' },
      { name: 'Carla', source: 'file', responseId: 'r-carla' },
    ])
  })

  test('a name two people share is asked about; someone who already answered is not matched', async () => {
    const store = useWorkshopStore.getState()
    store.addParticipant(workshopId, { name: 'Anna', role: 'management' })
    store.addParticipant(workshopId, { name: 'Anna', role: 'staff' })
    const live = store.addParticipant(workshopId, { name: 'Ben' })
    store.setChoice(workshopId, live, 'bm-a', 1)
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    await user.upload(await screen.findByLabelText('Dateien auswählen'), [
      jsonFile('anna.json', answers('r-anna', 'Anna')),
      jsonFile('ben.json', answers('r-ben', 'Ben')),
    ])

    const dialog = await screen.findByRole('dialog', { name: 'Wer ist „Anna“?' })
    expect(dialog).toHaveTextContent('2 eingetragene Personen heißen so und haben noch keine Antworten.')
    const group = within(dialog).getByRole('group', { name: 'Zu wem gehören die Antworten?' })
    const options = ['Anna (Geschäftsführung, Zeile 1)', 'Anna (Mitarbeitende, Zeile 2)', 'Als neue Person hinzufügen']
    const radios = within(group).getAllByRole('radio')
    expect(radios).toHaveLength(options.length)
    options.forEach((name, i) => expect(radios[i]).toHaveAccessibleName(name))
    expect(within(group).getByRole('radio', { name: 'Anna (Geschäftsführung, Zeile 1)' })).toHaveFocus()
    await user.click(within(group).getByRole('radio', { name: 'Anna (Mitarbeitende, Zeile 2)' }))
    await user.click(within(dialog).getByRole('button', { name: 'Zuordnen' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByText('anna.json: Anna zugeordnet – schon vorher eingetragen.')).toBeInTheDocument()
    expect(participants().map((p) => [p.name, p.role, p.responseId ?? null])).toEqual([
      ['Anna', 'management', null],
      ['Anna', 'staff', 'r-anna'],
      ['Ben', undefined, null],
      ['Ben', undefined, 'r-ben'],
    ])
  })
})
