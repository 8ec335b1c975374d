// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, test } from 'vitest'
import { readAll } from '../../data/workspace.ts'
import { createBackup, emptyContents } from '../../domain/index.ts'
import { renderApp } from '../../../tests/render.tsx'
import { seedAssessment, seedClient } from '../../../tests/builders/client.ts'
import { jsonFile } from '../../../tests/builders/file.ts'
import { textsOf } from '../../../tests/queries.ts'

describe('the clients page', () => {
  test('a new client needs a name, and then appears in the list', async () => {
    const user = userEvent.setup()
    await renderApp({ at: '/clients' })
    expect(await screen.findByRole('heading', { level: 1, name: 'Mandanten' })).toBeInTheDocument()
    expect(await screen.findByText('Noch keine Mandanten. Legen Sie oben den ersten an.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Mandant anlegen' }))
    const name = screen.getByRole('textbox', { name: 'Name des Mandanten' })
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Bitte geben Sie einen Namen ein.'))
    expect(name).toHaveAttribute('aria-invalid', 'true')

    await user.type(name, '  Müller GmbH ')
    await user.click(screen.getByRole('button', { name: 'Mandant anlegen' }))
    expect(await screen.findByText('„Müller GmbH“ ist angelegt.')).toBeInTheDocument()
    const list = await screen.findByRole('region', { name: 'Ihre Mandanten' })
    const link = await within(list).findByRole('link', { name: 'Müller GmbH' })
    expect(link.getAttribute('href')).toMatch(/^\/clients\/.+/)
    expect(within(list).getByText(/0 Einschätzungen · 0 Workshops · geändert am/)).toBeInTheDocument()
    expect(name).toHaveValue('')
  })

  test('the search filters the clients by name as one types', async () => {
    const user = userEvent.setup()
    await seedClient('c1', 'Müller GmbH')
    await seedClient('c2', 'Schulz KG')
    await seedClient('c3', 'Bäckerei Maier')
    await seedAssessment({ id: 'a1', clientId: 'c2', answers: {}, at: '2025-02-01T10:00:00.000Z' })
    await renderApp({ at: '/clients' })
    const list = await screen.findByRole('region', { name: 'Ihre Mandanten' })
    expect(await within(list).findAllByRole('link')).toHaveLength(3)
    expect(within(list).getByText(/^1 Einschätzung ·/)).toBeInTheDocument()

    await user.type(within(list).getByRole('searchbox', { name: 'Mandanten suchen' }), 'mul')
    await waitFor(() => expect(textsOf(list, 'link')).toEqual(['Müller GmbH']))
    expect(within(list).getByRole('status')).toHaveTextContent('1 von 3 Mandanten')

    await user.clear(within(list).getByRole('searchbox'))
    await user.type(within(list).getByRole('searchbox'), 'xyz')
    expect(await within(list).findByText('Kein Mandant passt zu „xyz“.')).toBeInTheDocument()
    expect(within(list).queryAllByRole('link')).toHaveLength(0)
  })

  test('an assessment under no client shows on its own and can be filed under one', async () => {
    const user = userEvent.setup()
    await seedClient('c1', 'Müller GmbH')
    await seedAssessment({
      id: 'own',
      clientId: null,
      answers: {},
      at: '2025-03-02T10:00:00.000Z',
      company: 'Eigene Firma',
    })
    await renderApp({ at: '/clients' })
    const unfiled = await screen.findByRole('region', { name: 'Ohne Mandant' })
    expect(await within(unfiled).findByText('Einschätzung vom 2. März 2025')).toBeInTheDocument()
    expect(within(unfiled).getByText(/für Eigene Firma/)).toBeInTheDocument()

    await user.selectOptions(
      within(unfiled).getByRole('combobox', { name: 'Einem Mandanten zuordnen: Einschätzung vom 2. März 2025' }),
      'Müller GmbH',
    )
    await user.click(within(unfiled).getByRole('button', { name: 'Einschätzung vom 2. März 2025 zuordnen' }))
    expect(await within(unfiled).findByText('Alles ist einem Mandanten zugeordnet.')).toBeInTheDocument()
    const list = screen.getByRole('region', { name: 'Ihre Mandanten' })
    expect(await within(list).findByText(/^1 Einschätzung ·/)).toBeInTheDocument()
    expect((await readAll('assessments')).map((a) => a.clientId)).toEqual(['c1'])
  })

  test('a broken or foreign backup file shows what is wrong and changes nothing', async () => {
    const user = userEvent.setup()
    await seedClient('c1', 'Müller GmbH')
    await renderApp({ at: '/clients' })
    const input = await screen.findByLabelText('Sicherung wiederherstellen')

    await user.upload(input, jsonFile('kaputt.json', '{"format": "groundwork-workspace", "formatVersion": 1, "clie'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('„kaputt.json“ ist keine gültige Groundwork-Sicherung. Es wurde nichts geändert.')
    expect(within(alert).getByText('(root)')).toBeInTheDocument()

    await user.upload(input, jsonFile('antworten.json', { format: 'groundwork-response', answers: {} }))
    expect(await screen.findByRole('alert')).toHaveTextContent('„antworten.json“ ist keine gültige')
    expect(within(screen.getByRole('alert')).getByText('format')).toBeInTheDocument()

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect((await readAll('clients')).map((c) => c.name)).toEqual(['Müller GmbH'])
  })

  test('a valid backup says what it will change, and after confirming the client is there', async () => {
    const user = userEvent.setup()
    await seedClient('c1', 'Müller GmbH')
    const at = '2025-04-01T08:00:00.000Z'
    const backup = createBackup(
      {
        ...emptyContents(),
        clients: [
          {
            id: 'c1',
            name: 'Müller GmbH',
            createdAt: '2025-01-10T10:00:00.000Z',
            updatedAt: '2025-01-10T10:00:00.000Z',
          },
          { id: 'c9', name: 'Schulz KG', createdAt: at, updatedAt: at },
        ],
      },
      { kind: 'all' },
      new Date(at),
    )
    await renderApp({ at: '/clients' })
    await user.upload(await screen.findByLabelText('Sicherung wiederherstellen'), jsonFile('sicherung.json', backup))

    const dialog = await screen.findByRole('dialog', { name: 'Sicherung wiederherstellen?' })
    expect(dialog).toHaveTextContent('„sicherung.json“, gesichert am 1. April 2025.')
    expect(textsOf(dialog, 'listitem')).toEqual(['Mandanten: 1 neu, 0 ersetzt, 0 gelöscht, 1 unverändert'])
    expect(dialog).toHaveTextContent('Neue Mandanten: Schulz KG')
    expect(await readAll('clients')).toHaveLength(1)

    await user.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }))
    expect(await screen.findByText('Die Sicherung ist wiederhergestellt.')).toBeInTheDocument()
    const list = screen.getByRole('region', { name: 'Ihre Mandanten' })
    expect(await within(list).findByRole('link', { name: 'Schulz KG' })).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  test('"Alles sichern" downloads the whole workspace as a dated file', async () => {
    const user = userEvent.setup()
    await seedClient('c1', 'Müller GmbH')
    await renderApp({ at: '/clients' })
    await user.click(await screen.findByRole('button', { name: 'Alles sichern' }))
    expect(
      await screen.findByText(/^Gesichert als „groundwork-arbeitsbereich-\d{4}-\d{2}-\d{2}\.json“\.$/),
    ).toBeInTheDocument()
  })
})
