// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, test } from 'vitest'
import { encodeShareCode } from '../../../domain/index.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { shareLink } from '../../../ui/team-links.ts'
import { renderWorkshop, seedWorkshop } from '../../../../tests/pages/workshop.tsx'
import { miniQuestionnaire } from '../../../../tests/builders/questionnaire.ts'
import { jsonFile } from '../../../../tests/builders/file.ts'
import { responseFile } from '../../../../tests/builders/response.ts'
import { textsOf } from '../../../../tests/queries.ts'

let workshopId: string
beforeEach(() => {
  workshopId = seedWorkshop().id
})

const respondent = { name: 'Anna', role: 'management' }
const first = responseFile('r-anna', { 'bm-a': 1, 'bm-b': 2 }, { respondent })
const corrected = responseFile(
  'r-anna',
  { 'bm-a': 3, 'bm-b': 2, 'cu-a': 'dontKnow' },
  { respondent, updatedAt: '2026-11-21T08:00:00.000Z' },
)
const anna = () => useWorkshopStore.getState().workshops[0]!.participants

/** The workshop page after Anna's answers came in once, from `fileName`: the file field, for what comes next. */
async function importedOnce(user: ReturnType<typeof userEvent.setup>, fileName: string, answers: typeof first) {
  await renderWorkshop(`/workshops/${workshopId}`)
  const files = await screen.findByLabelText('Dateien auswählen')
  await user.upload(files, [jsonFile(fileName, answers)])
  await screen.findByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.')
  return files
}

describe('answers sent again', () => {
  test('a newer version shows what changed and, once taken, updates the participant', async () => {
    const user = userEvent.setup()
    const files = await importedOnce(user, 'anna.json', first)

    await user.upload(files, [jsonFile('anna-korrigiert.json', corrected)])
    const dialog = await screen.findByRole('dialog', { name: 'Geänderte Antworten von Anna' })
    expect(dialog).toHaveTextContent('anna-korrigiert.json ist eine neuere Fassung der Antworten von Anna.')
    expect(textsOf(dialog, 'listitem')).toEqual([
      'Value (de): Stufe 1 → Stufe 3',
      'Needs (de): keine Angabe → Weiß ich nicht',
    ])
    expect(screen.getByText('1 wartet auf Ihre Entscheidung.')).toBeInTheDocument()
    expect(anna()[0]!.answers).toEqual(first.answers)
    await user.click(within(dialog).getByRole('button', { name: 'Änderungen übernehmen' }))

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByText('anna-korrigiert.json: Antworten von Anna aktualisiert.')).toBeInTheDocument()
    expect(screen.getByText('1 aktualisiert.')).toBeInTheDocument()
    expect(anna()).toHaveLength(1)
    expect(anna()[0]).toMatchObject({
      name: 'Anna',
      source: 'file',
      responseId: 'r-anna',
      responseUpdatedAt: '2026-11-21T08:00:00.000Z',
      answers: corrected.answers,
    })
    expect(within(screen.getByRole('table')).getByText('3/6')).toBeInTheDocument()
  })

  test('an older version is refused and the same one recognised, each said so', async () => {
    const user = userEvent.setup()
    const files = await importedOnce(user, 'anna-korrigiert.json', corrected)

    await user.upload(files, [jsonFile('anna.json', first), jsonFile('anna-nochmal.json', corrected)])
    expect(await screen.findByText('0 hinzugefügt, 1 doppelt, 1 abgewiesen.')).toBeInTheDocument()
    expect(
      screen.getByText('anna.json: ältere Fassung der Antworten von Anna als die schon importierte – abgewiesen.'),
    ).toBeInTheDocument()
    expect(
      screen.getByText('anna-nochmal.json: schon importiert (Anna) – nicht noch einmal hinzugefügt.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(anna()[0]!.answers).toEqual(corrected.answers)
  })

  test('a corrected answer link can be declined with Escape: the earlier answers stay', async () => {
    const user = userEvent.setup()
    const questionnaire = miniQuestionnaire()
    await renderWorkshop(`/workshops/${workshopId}`)
    const field = await screen.findByLabelText('Antwort-Links einfügen (einer pro Zeile)')
    await user.type(field, shareLink(await encodeShareCode(first, questionnaire), workshopId))
    await user.click(screen.getByRole('button', { name: 'Links importieren' }))
    await screen.findByText('1 hinzugefügt, 0 doppelt, 0 abgewiesen.')

    await user.type(field, shareLink(await encodeShareCode(corrected, questionnaire), workshopId))
    await user.click(screen.getByRole('button', { name: 'Links importieren' }))
    const dialog = await screen.findByRole('dialog', { name: 'Geänderte Antworten von Anna' })
    expect(within(dialog).getByRole('button', { name: 'Änderungen übernehmen' })).toHaveFocus()
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(screen.getByText('Link 1: Änderungen von Anna nicht übernommen.')).toBeInTheDocument()
    expect(anna()[0]).toMatchObject({ source: 'link', answers: first.answers })
  })
})
