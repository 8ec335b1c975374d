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

const anna = responseFile('r-anna', { 'bm-a': 1, 'bm-b': 2 }, { respondent: { name: 'Anna', role: 'management' } })
const ben = responseFile('r-ben', { 'bm-a': 4, 'bm-b': 2 }, { respondent: { role: 'staff' } })
const otherVersion = responseFile('r-old', { 'bm-a': 2 }, { questionnaire: { id: 'mini', version: '2.0' } })

describe('importing participants’ answers', () => {
  test('adds new answers, recognises a duplicate and refuses another questionnaire version with a message', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    await user.upload(screen.getByLabelText('Dateien auswählen'), [
      jsonFile('anna.json', anna),
      jsonFile('alt.json', otherVersion),
      jsonFile('anna-kopie.json', anna),
    ])
    expect(await screen.findByText('1 hinzugefügt, 1 doppelt, 1 abgewiesen.')).toBeInTheDocument()
    expect(
      screen.getByText(
        /alt\.json: abgewiesen\..*Fragebogen „mini“ Version 2\.0; dieser Workshop nutzt „mini“ Version 1\.0/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/anna-kopie\.json: dieselben Antworten/)).toBeInTheDocument()
    const [workshop] = useWorkshopStore.getState().workshops
    expect(workshop!.participants).toHaveLength(1)
    expect(workshop!.participants[0]).toMatchObject({
      name: 'Anna',
      role: 'management',
      source: 'file',
      responseId: 'r-anna',
    })
  })

  test('a later import keeps what is there and knows who already sent the same answers', async () => {
    const user = userEvent.setup()
    await renderWorkshop(`/workshops/${workshopId}`)
    const input = screen.getByLabelText('Dateien auswählen')
    await user.upload(input, [jsonFile('anna.json', anna)])
    await screen.findByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.')
    await user.upload(input, [
      jsonFile('ben.json', ben),
      jsonFile('anna.json', anna),
      jsonFile('kaputt.json', { format: 'x' }),
    ])
    expect(await screen.findByText('1 hinzugefügt, 1 doppelt, 1 abgewiesen.')).toBeInTheDocument()
    expect(screen.getByText('anna.json: schon importiert (Anna) – nicht noch einmal hinzugefügt.')).toBeInTheDocument()
    expect(screen.getByText(/kaputt\.json: abgewiesen/)).toBeInTheDocument()
    expect(useWorkshopStore.getState().workshops[0]!.participants.map((p) => p.responseId)).toEqual(['r-anna', 'r-ben'])
    const table = screen.getByRole('table')
    expect(within(table).getAllByRole('row')).toHaveLength(3)
  })
})
