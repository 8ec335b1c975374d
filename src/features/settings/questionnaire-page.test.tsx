// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import mini from '../../../tests/fixtures/mini-questionnaire.json'
import { renderApp } from '../../../tests/render.tsx'
import { buildResponse } from '../../../tests/builders/response.ts'
import { libraryVersions } from '../../../tests/state.ts'

const file = (data: unknown, name: string) => new File([JSON.stringify(data)], name, { type: 'application/json' })

describe('loading another questionnaire', () => {
  test('an invalid file lists its problems by path and the current questionnaire stays', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const broken = {
      ...mini,
      questions: mini.questions.map((q, i) => (i === 0 ? { ...q, levels: q.levels.slice(0, 4) } : q)),
    }
    // The first test pays for the route's cold module load (slow on a busy machine).
    const input = await screen.findByLabelText('Fragebogen-Datei laden', {}, { timeout: 5000 })
    await user.upload(input, file(broken, 'eigener.json'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('„eigener.json“ ist kein gültiger Fragebogen. Der bisherige bleibt aktiv.')
    expect(within(alert).getByText('questions[0].levels')).toBeInTheDocument()
    expect(alert).toHaveTextContent('Frage 1: braucht genau 5 Einträge')
    expect(useQuestionnaireStore.getState().custom?.id).toBe('mini')
  })

  test('in German, every problem says in German what is wrong and what is allowed', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const broken = {
      ...mini,
      version: 'neu',
      dimensions: mini.dimensions.map((d, i) => (i === 0 ? { ...d, weight: 0, layer: 'roof' } : d)),
      questions: mini.questions.map((q, i) => (i === 1 ? { ...q, id: 'Frage Zwei', prompt: { de: 'x' } } : q)),
    }
    const input = await screen.findByLabelText('Fragebogen-Datei laden', {}, { timeout: 5000 })
    await user.upload(input, file(broken, 'eigener.json'))
    const alert = await screen.findByRole('alert')
    for (const told of [
      'version: „neu“ ist keine Versionsnummer – erlaubt ist eine Form wie 1.0 oder 1.0.0',
      'Bereich 1, Ebene: „roof“ ist nicht erlaubt – erlaubt sind „foundation“ oder „tools“',
      'Bereich 1, Gewicht: 0 ist zu klein – erlaubt ist mehr als 0',
      'Frage 2, Kennung: „Frage Zwei“ ist keine gültige Kennung',
      'Frage 2, Fragetext, englischer Text: fehlt – erwartet wird ein Text',
    ])
      expect(alert).toHaveTextContent(told)
    expect(alert).not.toHaveTextContent(/Invalid|expected|received|must|allowed/)
  }, 15_000)

  test('switching to a different questionnaire asks first when there are answers', async () => {
    const user = userEvent.setup()
    const before = buildResponse({ 'bm-a': { choice: 2 } })
    await renderApp({ at: '/questionnaire', response: before })
    const other = { ...mini, id: 'other', title: { de: 'Anderer Bogen', en: 'Other' } }
    const input = await screen.findByLabelText('Fragebogen-Datei laden')

    await user.upload(input, file(other, 'anderer.json'))
    const dialog = await screen.findByRole('dialog', { name: 'Fragebogen wechseln?' })
    expect(within(dialog).getByRole('button', { name: 'Antworten herunterladen' })).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }))
    expect(useQuestionnaireStore.getState().custom?.id).toBe('mini')
    expect(useAssessmentStore.getState().response).toEqual(before)

    await user.upload(input, file(other, 'anderer.json'))
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Wechseln und neu beginnen' }),
    )
    expect(useQuestionnaireStore.getState().custom?.id).toBe('other')
    expect(useAssessmentStore.getState().response).toBeNull()
    expect(await screen.findByText('Jetzt aktiv: Anderer Bogen.')).toBeInTheDocument()
  })
})

describe('the questionnaire library', () => {
  test('every loaded version stays listed, and an earlier one can be chosen again for new assessments', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/questionnaire' })
    const newer = { ...mini, version: '1.1', title: { de: 'Mini-Fragebogen neu', en: 'Mini new' } }
    await user.upload(await screen.findByLabelText('Fragebogen-Datei laden'), file(newer, 'neu.json'))
    // A new version of a kept questionnaire shows what changed before it is kept.
    const review = await screen.findByRole('dialog', { name: '„Mini-Fragebogen neu“, Version 1.1 übernehmen?' })
    expect(within(review).getByText('Titel')).toBeInTheDocument()
    await user.click(within(review).getByRole('button', { name: 'Version 1.1 übernehmen' }))
    await screen.findByText('Jetzt aktiv: Mini-Fragebogen neu.')
    const library = screen.getByRole('region', { name: 'In diesem Browser aufbewahrte Fragebögen' })
    // One entry per version, each with its own download.
    expect(within(library).getAllByRole('button', { name: /^Version 1\.[01] als Excel herunterladen$/ })).toHaveLength(
      2,
    )
    expect(within(library).getByText('in Verwendung')).toBeInTheDocument()

    await user.click(
      within(library).getByRole('button', { name: 'Mini-Fragebogen, Version 1.0: Für neue Einschätzungen verwenden' }),
    )
    expect(useQuestionnaireStore.getState().custom?.version).toBe('1.0')
    // The newer version is still kept: an assessment answered on it opens with it.
    expect(libraryVersions()).toEqual(['1.0', '1.1'])
  })
})
