// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { readDraft } from '../../data/drafts.ts'
import { readRecord } from '../../data/workspace.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { renderApp } from '../../../tests/render.tsx'
import { libraryVersions } from '../../../tests/state.ts'

const AT = '/questionnaire/edit/mini%401.0'

async function openCopy(user: ReturnType<typeof userEvent.setup>) {
  await renderApp({ at: AT })
  // The editor is its own chunk: the first visit transforms it.
  const version = await screen.findByRole(
    'radio',
    { name: 'Eine neue Version desselben Fragebogens (1.1)' },
    { timeout: 10_000 },
  )
  expect(version).toBeChecked()
  await user.click(screen.getByRole('button', { name: 'Kopie anlegen' }))
  return screen.findByRole('heading', { level: 2, name: /Value \(de\)/ })
}

const levelField = (level: number, label = 'Aussage (Deutsch)') =>
  within(screen.getByRole('group', { name: `Stufe ${level}` })).getByLabelText(label)

describe('editing a copy of a questionnaire', { timeout: 30_000 }, () => {
  test('a level text changed in German shows in the preview; emptied, the field says what is wrong; Ctrl+Z undoes', async () => {
    const user = userEvent.setup()
    await openCopy(user)
    const statement = levelField(2)
    expect(statement).toHaveValue('bm-a Stufe 2')
    await user.clear(statement)
    await user.type(statement, 'Preise sind kalkuliert')
    const preview = screen.getByRole('region', { name: 'Vorschau' })
    expect(within(preview).getByRole('radio', { name: 'Preise sind kalkuliert' })).toBeInTheDocument()

    const title = screen.getByLabelText('Kurzname (Deutsch)')
    await user.clear(title)
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription('Ist leer – hier gehört ein Text hin')
    expect(within(screen.getByRole('toolbar', { name: 'Entwurf' })).getByText('1 Problem')).toBeInTheDocument()

    await user.keyboard('{Control>}z{/Control}')
    expect(screen.getByLabelText('Kurzname (Deutsch)')).toHaveValue('Value (de)')
    await user.keyboard('{Control>}z{/Control}')
    expect(levelField(2)).toHaveValue('bm-a Stufe 2')
    await user.click(screen.getByRole('button', { name: /Wiederholen/ }))
    expect(levelField(2)).toHaveValue('Preise sind kalkuliert')
  })

  test('questions are added, removed and reordered with the keyboard', async () => {
    const user = userEvent.setup()
    await openCopy(user)
    const outline = screen.getByRole('navigation', { name: 'Inhalt' })
    const questionsOf = (area: string) =>
      within(within(outline).getByRole('list', { name: area }))
        .getAllByRole('listitem')
        .map((item) => within(item).getAllByRole('button')[0]!.textContent)

    within(outline).getByRole('button', { name: 'Money (de)' }).focus()
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}')
    expect(questionsOf('Geschäftsmodell')).toEqual(['Money (de)', 'Value (de)'])
    expect(screen.getByText('„Money (de)“ ist jetzt an Stelle 1 von 2.')).toBeInTheDocument()
    await user.click(within(outline).getByRole('button', { name: '„Money (de)“ nach unten' }))
    expect(questionsOf('Geschäftsmodell')).toEqual(['Value (de)', 'Money (de)'])

    await user.click(within(outline).getByRole('button', { name: 'Frage hinzufügen: Kunden' }))
    expect(questionsOf('Kunden')).toHaveLength(3)
    expect(screen.getByLabelText('Kurzname (Englisch)')).toHaveAccessibleDescription(
      'Ist leer – hier gehört ein Text hin',
    )
    await user.click(screen.getByRole('button', { name: 'Frage entfernen' }))
    expect(questionsOf('Kunden')).toEqual(['Needs (de)', 'Feedback (de)'])
  })

  test('saving creates version 1.1 in the library, the original untouched; an invalid draft cannot be saved', async () => {
    const user = userEvent.setup()
    await openCopy(user)
    await user.clear(levelField(3, 'Empfehlung: nächster Schritt (Englisch)'))
    await user.click(screen.getByRole('button', { name: 'Als Version 1.1 speichern' }))
    let dialog = await screen.findByRole('dialog', { name: 'Als neue Version speichern' })
    expect(within(dialog).getByRole('button', { name: 'Version 1.1 speichern' })).toBeDisabled()
    await user.click(within(dialog).getByRole('button', { name: 'questions[0].recommendations[3].en' }))
    const field = levelField(3, 'Empfehlung: nächster Schritt (Englisch)')
    await waitFor(() => expect(field).toHaveFocus())
    await user.type(field, 'Write it down')

    await user.click(screen.getByRole('button', { name: 'Als Version 1.1 speichern' }))
    dialog = await screen.findByRole('dialog', { name: 'Als neue Version speichern' })
    await user.click(within(dialog).getByRole('button', { name: 'Version 1.1 speichern' }))
    expect(await screen.findByText('„Mini-Fragebogen“ ist als Version 1.1 in der Bibliothek.')).toBeInTheDocument()
    const saved = await readRecord('questionnaires', 'mini@1.1')
    expect(saved?.questionnaire.questions[0]?.recommendations[3]?.en).toBe('Write it down')
    expect(libraryVersions()).toEqual(['1.0', '1.1'])
    expect(await readDraft('mini@1.0')).toBeUndefined()

    await user.click(screen.getByRole('button', { name: 'Für Workshops verwenden' }))
    expect(useQuestionnaireStore.getState().custom?.version).toBe('1.1')
  })

  test('the draft is kept as one types and restored when the editor opens again', async () => {
    const user = userEvent.setup()
    const first = await openCopy(user).then(() => screen.getByLabelText('Kurzname (Deutsch)'))
    await user.clear(first)
    await user.type(first, 'Wertversprechen')
    await screen.findByText(/^Entwurf gespeichert/, {}, { timeout: 3000 })

    await renderApp({ at: AT })
    expect(await screen.findByText(/^Ihr Entwurf vom .* ist wiederhergestellt\./)).toBeInTheDocument()
    expect(screen.getAllByLabelText('Kurzname (Deutsch)').at(-1)).toHaveValue('Wertversprechen')
  })
})
