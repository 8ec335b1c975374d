// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ALL_STORES } from '../state.ts'

/** Every `export const useX = create…` under src/, found by reading the files (not by importing them). */
function storesInSource(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return storesInSource(path)
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return []
    return [...readFileSync(path, 'utf8').matchAll(/export const (use\w+) = create\b/g)].map((m) => m[1]!)
  })
}

describe('the reset between tests', () => {
  test('knows every zustand store of the app', () => {
    const inSource = storesInSource(join(process.cwd(), 'src'))
    expect(inSource.length).toBeGreaterThan(5)
    expect(Object.keys(ALL_STORES).sort()).toEqual(inSource.sort())
  })

  test('a store, storage and the workspace database changed by one test are empty for the next', async () => {
    // The previous test (in this file: none) could have left anything; the setup's reset ran before this one.
    const { useHistoryStore } = await import('../../src/store/history-store.ts')
    const { readAll, writeNow } = await import('../../src/data/workspace.ts')
    expect(useHistoryStore.getState().entries).toEqual([])
    expect(await readAll('clients')).toEqual([])
    const at = '2026-12-03T09:00:00.000Z'
    await writeNow([{ store: 'clients', value: { id: 'c-1', name: 'Bäckerei Kunz', createdAt: at, updatedAt: at } }])
    localStorage.setItem('left-behind', 'x')
    sessionStorage.setItem('left-behind', 'x')
    const { resetAllState } = await import('../state.ts')
    await resetAllState()
    expect(await readAll('clients')).toEqual([])
    expect(localStorage.length).toBe(0)
    expect(sessionStorage.length).toBe(0)
  })
})
