// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest'
import mini from '../../tests/fixtures/mini-questionnaire.json'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { useSetAsideStore } from '../store/set-aside.ts'
import {
  applyRestore,
  createClient,
  deleteAssessment,
  exportBackup,
  planBackupRestore,
  startAssessment,
} from './commands.ts'
import { LEGACY_KEYS, migrateLegacyStorage } from './legacy.ts'
import { useSaveStatus } from './save-status.ts'
import { bindStores } from './start.ts'
import {
  readAll,
  readMeta,
  readRecord,
  retryWrites,
  save,
  useWorkspaceDatabase,
  workspaceDatabase,
} from './workspace.ts'
import { validateQuestionnaire, type Questionnaire } from '../domain/index.ts'
import { workshopFile } from '../../tests/builders/workshop.ts'

const questionnaire = (validateQuestionnaire(mini) as { ok: true; value: Questionnaire }).value

function response(id: string, formatVersion: 1 | 2, answers: Record<string, { choice: number }>) {
  return {
    format: 'groundwork-response',
    formatVersion,
    id,
    questionnaire: { id: 'mini', version: '1.0' },
    answers,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
  }
}

const workshop = workshopFile({
  questionnaire: { id: 'mini', version: '1.0' },
  roles: ['management'],
  participants: [{ id: 'p-1', name: 'Anna', source: 'live', answers: { 'bm-a': { choice: 3 } } }],
})

/** Local storage as the last Groundwork before the workspace left it (every store at storage version 1). */
function seedLegacy(responseVersion: 1 | 2) {
  const put = (key: string, state: unknown) => localStorage.setItem(key, JSON.stringify({ state, version: 1 }))
  put(LEGACY_KEYS.assessment, {
    response: response('r-current', responseVersion, { 'bm-a': { choice: 2 } }),
    lastQuestionId: 'bm-b',
  })
  put(LEGACY_KEYS.history, {
    entries: [{ id: 'h-1', keptAt: '2025-02-01T10:00:00.000Z', response: response('r-old', responseVersion, {}) }],
  })
  put(LEGACY_KEYS.workshops, { workshops: [workshop] })
  put(LEGACY_KEYS.questionnaire, { custom: mini })
  put(LEGACY_KEYS.branding, { branding: { name: 'A. Berater', accent: '#1d5c63' } })
}

let unbind: (() => void) | undefined
afterEach(() => {
  unbind?.()
  unbind = undefined
})

describe('moving an earlier version’s local storage into the workspace', () => {
  test.each([1, 2] as const)('response format %i: everything arrives, is read back, and the old keys go', async (v) => {
    seedLegacy(v)
    const result = await migrateLegacyStorage()
    expect(result.setAside).toBe(0)
    expect(result.moved).toBe(5)
    const current = await readRecord('assessments', 'r-current')
    expect(current?.response.answers['bm-a']).toEqual({ choice: 2 })
    expect(current?.response.formatVersion).toBe(2)
    expect(current?.lastQuestionId).toBe('bm-b')
    expect(await readMeta('currentAssessment')).toBe('r-current')
    expect((await readRecord('assessments', 'h-1'))?.keptAt).toBe('2025-02-01T10:00:00.000Z')
    expect((await readRecord('workshops', 'w-1'))?.workshop.participants[0]?.name).toBe('Anna')
    expect((await readRecord('questionnaires', 'mini@1.0'))?.questionnaire.title.de).toBe('Mini-Fragebogen')
    expect((await readRecord('branding', 'default'))?.branding.name).toBe('A. Berater')
    for (const key of Object.values(LEGACY_KEYS)) expect(localStorage.getItem(key)).toBeNull()
  })

  test('a cut-short key is set aside whole (downloadable as it was); the rest still moves', async () => {
    seedLegacy(2)
    const whole = localStorage.getItem(LEGACY_KEYS.workshops)!
    localStorage.setItem(LEGACY_KEYS.workshops, whole.slice(0, 80))
    const result = await migrateLegacyStorage()
    expect(result.setAside).toBe(1)
    expect(await readRecord('assessments', 'r-current')).toBeDefined()
    const db = await workspaceDatabase()
    const [aside] = await db.getAll('setAside')
    expect(aside?.source).toBe(LEGACY_KEYS.workshops)
    expect(aside?.raw).toBe(whole.slice(0, 80))
    expect(aside?.problems[0]?.issue?.code).toBe('not_json')
    expect(useSetAsideStore.getState().items.map((i) => i.key)).toEqual([LEGACY_KEYS.workshops])
  })

  test('one invalid workshop is set aside on its own; the valid one moves', async () => {
    seedLegacy(2)
    localStorage.setItem(
      LEGACY_KEYS.workshops,
      JSON.stringify({ state: { workshops: [workshop, { ...workshop, id: 'w-2', date: 'tomorrow' }] }, version: 1 }),
    )
    const result = await migrateLegacyStorage()
    expect(result.setAside).toBe(1)
    expect(await readRecord('workshops', 'w-1')).toBeDefined()
    expect(useSetAsideStore.getState().items[0]?.problems[0]?.path).toBe('workshops[1].date')
  })

  test('a storage version this Groundwork does not know is set aside, not read as if it were current', async () => {
    localStorage.setItem(LEGACY_KEYS.assessment, JSON.stringify({ state: { response: {} }, version: 7 }))
    await migrateLegacyStorage()
    expect(useSetAsideStore.getState().items[0]?.problems[0]?.issue?.code).toBe('storage_format')
    expect(await readAll('assessments')).toEqual([])
  })

  test('with nothing in local storage, nothing happens', async () => {
    expect(await migrateLegacyStorage()).toEqual({ moved: 0, setAside: 0, removedKeys: [] })
  })
})

describe('reading the workspace', () => {
  test('an unreadable record is set aside on its own; the others keep working', async () => {
    const db = await workspaceDatabase()
    await db.put('assessments', {
      id: 'good',
      clientId: null,
      response: response('good', 2, {}),
      updatedAt: '2025-03-01T09:30:00.000Z',
    })
    await db.put('assessments', {
      id: 'bad',
      clientId: null,
      response: { format: 'something else' },
      updatedAt: '2025-03-01T09:30:00.000Z',
    })
    const records = await readAll('assessments')
    expect(records.map((r) => r.id)).toEqual(['good'])
    expect(useSetAsideStore.getState().items[0]?.key).toBe('assessments/bad')
  })

  test('a deleted assessment leaves every list but stays as a tombstone (so a restore does not bring it back)', async () => {
    const client = await createClient('Müller GmbH')
    unbind = bindStores()
    const started = startAssessment(client.id, questionnaire)
    await waitForSaved()
    await deleteAssessment(started.id)
    await waitForSaved()
    expect(await readRecord('assessments', started.id)).toBeUndefined()
    const all = await readAll('assessments', { includeDeleted: true })
    expect(all.find((r) => r.id === started.id)?.deletedAt).toBeDefined()
    expect(useAssessmentStore.getState().response).toBeNull()
  })
})

async function waitForSaved() {
  for (let i = 0; i < 50 && useSaveStatus.getState().pending > 0; i++) await new Promise((r) => setTimeout(r, 10))
}

describe('writes that tell the truth', () => {
  test('a full storage is reported at once, nothing is claimed saved, and the answer is written once space is freed', async () => {
    unbind = bindStores()
    useAssessmentStore.getState().start(questionnaire)
    await waitForSaved()
    const savedBefore = useSaveStatus.getState().savedAt
    const store = globalThis.IDBObjectStore.prototype
    const put = store.put
    store.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
    try {
      useAssessmentStore.getState().setChoice('bm-a', 3)
      await waitForSaved()
      expect(useSaveStatus.getState().failure?.reason).toBe('quota')
      expect(useSaveStatus.getState().savedAt).toBe(savedBefore)
      expect(useSaveStatus.getState().pending).toBe(1)
    } finally {
      store.put = put
    }
    await retryWrites()
    expect(useSaveStatus.getState().failure).toBeNull()
    const id = useAssessmentStore.getState().response!.id
    expect((await readRecord('assessments', id))?.response.answers['bm-a']).toEqual({ choice: 3 })
  })

  test('the newest version of a record wins when changes queue up', async () => {
    const record = (n: number) => ({
      store: 'clients' as const,
      value: {
        id: 'c',
        name: `v${n}`,
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: `2025-01-0${n}T00:00:00.000Z`,
      },
    })
    await Promise.all([save(record(1)), save(record(2)), save(record(3))])
    expect((await readRecord('clients', 'c'))?.name).toBe('v3')
  })
})

describe('two tabs', () => {
  test('what another tab writes to the open assessment appears here', async () => {
    unbind = bindStores()
    const started = startAssessment(null, questionnaire)
    await waitForSaved()
    // The other tab: writes straight to the database and says so on the channel, as the data module does.
    const db = await workspaceDatabase()
    const changed = { ...started, answers: { 'cu-a': { choice: 4 } }, updatedAt: new Date().toISOString() }
    await db.put('assessments', { id: started.id, clientId: null, response: changed, updatedAt: changed.updatedAt })
    const otherTab = new BroadcastChannel('groundwork.workspace')
    otherTab.postMessage([{ store: 'assessments', ids: [started.id] }])
    otherTab.close()
    for (let i = 0; i < 50 && !useAssessmentStore.getState().response?.answers['cu-a']; i++)
      await new Promise((r) => setTimeout(r, 10))
    expect(useAssessmentStore.getState().response?.answers['cu-a']).toEqual({ choice: 4 })
  })
})

describe('backup and restore', () => {
  test('a backup restored into an empty workspace gives back the same records', async () => {
    const client = await createClient('Müller GmbH')
    unbind = bindStores()
    const first = startAssessment(client.id, questionnaire)
    useAssessmentStore.getState().setChoice('bm-a', 2)
    await waitForSaved()
    const backup = JSON.parse(JSON.stringify(await exportBackup({ kind: 'all' })))
    unbind()
    unbind = undefined
    await useWorkspaceDatabase(`workspace-test-${crypto.randomUUID()}`)
    const { plan, summary } = await planBackupRestore(backup)
    expect(summary.kinds.clients.added).toBe(1)
    expect(summary.clientNames.added).toEqual(['Müller GmbH'])
    await applyRestore(plan)
    expect((await readRecord('clients', client.id))?.name).toBe('Müller GmbH')
    expect((await readRecord('assessments', first.id))?.response.answers['bm-a']).toEqual({ choice: 2 })
    // Restoring the same backup again changes nothing.
    expect((await planBackupRestore(backup)).summary.changesNothing).toBe(true)
  })
})

describe('opening a kept assessment', () => {
  test('writes only which one is open: a snapshot stays kept, its last change stays as it was', async () => {
    const db = await workspaceDatabase()
    const kept = {
      id: 'kept',
      clientId: null,
      response: response('r-kept', 2, { 'bm-a': { choice: 1 } }),
      keptAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    }
    await db.put('assessments', kept)
    unbind = bindStores()
    const { openAssessment } = await import('./commands.ts')
    openAssessment((await readRecord('assessments', 'kept'))!)
    await waitForSaved()
    expect(await readRecord('assessments', 'kept')).toEqual(kept)
    expect(await readMeta('currentAssessment')).toBe('r-kept')
    // A later change is written, and the snapshot is still a kept one.
    useAssessmentStore.getState().setNote('bm-a', 'nachgetragen')
    await waitForSaved()
    expect((await readRecord('assessments', 'kept'))?.keptAt).toBe('2025-02-01T10:00:00.000Z')
  })
})

describe('the client list', () => {
  test('counts live assessments through the indexes, and knows when the work last changed', async () => {
    const client = await createClient('Müller GmbH', new Date('2025-01-01T00:00:00Z'))
    const db = await workspaceDatabase()
    const record = (id: string, updatedAt: string, deletedAt?: string) => ({
      id,
      clientId: client.id,
      response: response(id, 2, {}),
      updatedAt,
      ...(deletedAt ? { deletedAt } : {}),
    })
    await db.put('assessments', record('a1', '2025-03-01T00:00:00.000Z'))
    await db.put('assessments', record('a2', '2025-04-01T00:00:00.000Z'))
    await db.put('assessments', record('a3', '2025-05-01T00:00:00.000Z', '2025-05-01T00:00:00.000Z'))
    const { clientActivities } = await import('./workspace.ts')
    expect((await clientActivities('assessments')).get(client.id)).toEqual({
      count: 2,
      lastChange: '2025-05-01T00:00:00.000Z',
    })
    expect((await clientActivities('workshops')).get(client.id)).toBeUndefined()
  })
})
