// @vitest-environment jsdom
import { openDB } from 'idb'
import { beforeEach, describe, expect, test } from 'vitest'
import mini from '../../tests/fixtures/mini-questionnaire.json'
import { validateQuestionnaire, type Questionnaire } from '../domain/index.ts'
import { useQuestionnaireStore } from '../store/questionnaire-store.ts'
import { deleteDraft, putDraft, readDraft, saveQuestionnaireVersion, type DraftRecord } from './drafts.ts'
import { readRecord, useWorkspaceDatabase } from './workspace.ts'
import { libraryVersions } from '../../tests/state.ts'

const questionnaire = (validateQuestionnaire(mini) as { ok: true; value: Questionnaire }).value

function draft(title: string): DraftRecord {
  return {
    id: 'mini@1.0',
    questionnaire: { ...questionnaire, version: '1.1', title: { de: title, en: title } },
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:05:00.000Z',
  }
}

let name = ''
beforeEach(async () => {
  name = `drafts-test-${crypto.randomUUID()}`
  useQuestionnaireStore.setState({ custom: null, library: [] })
  await useWorkspaceDatabase(name)
})

describe('drafts in the workspace', () => {
  test('a database of the first version is upgraded in place: its records stay, drafts can be kept', async () => {
    const old = await openDB(name, 1, {
      upgrade(db) {
        for (const store of ['clients', 'assessments', 'workshops', 'questionnaires', 'branding', 'setAside'])
          db.createObjectStore(store, { keyPath: 'id' })
        db.createObjectStore('meta')
      },
    })
    await old.put('clients', {
      id: 'c-1',
      name: 'Bäckerei Kunz',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    })
    old.close()

    expect((await readRecord('clients', 'c-1'))?.name).toBe('Bäckerei Kunz')
    await putDraft(draft('Entwurf'))
    expect((await readDraft('mini@1.0'))?.questionnaire).toMatchObject({ title: { de: 'Entwurf' } })
  })

  test('the newest autosave wins, and a discarded draft is gone', async () => {
    await Promise.all([putDraft(draft('erster Stand')), putDraft(draft('zweiter Stand'))])
    expect((await readDraft('mini@1.0'))?.questionnaire).toMatchObject({ title: { de: 'zweiter Stand' } })
    await deleteDraft('mini@1.0')
    expect(await readDraft('mini@1.0')).toBeUndefined()
  })

  test('saving a version adds it to the library and removes the draft; an existing version is never overwritten', async () => {
    await putDraft(draft('Mini 1.1'))
    const next = { ...questionnaire, version: '1.1', title: { de: 'Mini 1.1', en: 'Mini 1.1' } }
    expect(await saveQuestionnaireVersion(next, 'mini@1.0')).toEqual({ ok: true })
    expect((await readRecord('questionnaires', 'mini@1.1'))?.questionnaire.title.de).toBe('Mini 1.1')
    expect(await readDraft('mini@1.0')).toBeUndefined()
    expect(libraryVersions()).toEqual(['1.1'])

    const again = { ...next, title: { de: 'Überschrieben?', en: 'Overwritten?' } }
    expect(await saveQuestionnaireVersion(again, null)).toEqual({ ok: false, reason: 'exists' })
    expect((await readRecord('questionnaires', 'mini@1.1'))?.questionnaire.title.de).toBe('Mini 1.1')
  })
})
