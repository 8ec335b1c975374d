// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { openWorkspaceDatabase } from './database.ts'
import { LEGACY_KEYS, mayHaveStoredData } from './stored.ts'

// The start page opens the workspace on a first visit only when the visitor acts: a browser that
// keeps anything must be told apart without loading the data layer, or its "continue" card would wait.
describe('whether the browser may keep something of Groundwork', () => {
  test('a fresh browser keeps nothing', async () => {
    await expect(mayHaveStoredData()).resolves.toBe(false)
  })

  test('a browser with the workspace database does', async () => {
    const db = await openWorkspaceDatabase()
    db.close()
    await expect(mayHaveStoredData()).resolves.toBe(true)
  })

  test('a browser with an earlier version’s local storage does, a backup key too', async () => {
    localStorage.setItem(LEGACY_KEYS.history, '{}')
    await expect(mayHaveStoredData()).resolves.toBe(true)
    localStorage.clear()
    localStorage.setItem('groundwork.backup.assessment', '{}')
    await expect(mayHaveStoredData()).resolves.toBe(true)
  })

  test('a browser that cannot list its databases is assumed to keep something', async () => {
    const databases = indexedDB.databases
    Object.defineProperty(indexedDB, 'databases', { value: undefined, configurable: true })
    try {
      await expect(mayHaveStoredData()).resolves.toBe(true)
    } finally {
      Object.defineProperty(indexedDB, 'databases', { value: databases, configurable: true })
    }
  })
})
