// @vitest-environment jsdom
import { beforeEach, describe, expect, test } from 'vitest'
import type { AssessmentResponse } from '../domain/index.ts'
import { HISTORY_STORAGE_KEY, useHistoryStore } from './history-store.ts'
import { useSetAsideStore } from './set-aside.ts'

const response: AssessmentResponse = {
  format: 'groundwork-response',
  formatVersion: 2,
  id: 'r-1',
  questionnaire: { id: 'mini', version: '1.0' },
  answers: { 'bm-a': { choice: 2 } },
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T10:00:00.000Z',
}

beforeEach(() => {
  localStorage.clear()
  useHistoryStore.setState({ entries: [] })
  useSetAsideStore.setState({ items: [] })
})

describe('history store', () => {
  test('keeps a snapshot with its date, newest first, and stores it at once', () => {
    useHistoryStore.getState().keep(response, new Date('2025-01-10T12:00:00Z'))
    useHistoryStore
      .getState()
      .keep({ ...response, updatedAt: '2025-03-01T10:00:00.000Z' }, new Date('2025-03-01T12:00:00Z'))
    const { entries } = useHistoryStore.getState()
    expect(entries.map((e) => e.keptAt)).toEqual(['2025-03-01T12:00:00.000Z', '2025-01-10T12:00:00.000Z'])
    const stored = JSON.parse(localStorage.getItem(HISTORY_STORAGE_KEY)!)
    expect(stored.version).toBe(1)
    expect(stored.state.entries).toHaveLength(2)
  })

  test('the same unchanged response is kept once', () => {
    const first = useHistoryStore.getState().keep(response)
    const again = useHistoryStore.getState().keep(response)
    expect(again.id).toBe(first.id)
    expect(useHistoryStore.getState().entries).toHaveLength(1)
  })

  test('an entry can be deleted', () => {
    const entry = useHistoryStore.getState().keep(response)
    useHistoryStore.getState().remove(entry.id)
    expect(useHistoryStore.getState().entries).toEqual([])
  })

  test('on load, valid entries are restored and invalid ones set aside', async () => {
    const good = { id: 'h-1', keptAt: '2025-01-10T12:00:00.000Z', response }
    const badResponse = {
      id: 'h-2',
      keptAt: '2025-01-11T12:00:00.000Z',
      response: { ...response, answers: { 'bm-a': { choice: 9 } } },
    }
    const badShape = { id: 'h-3', keptAt: 'yesterday', response }
    localStorage.setItem(
      HISTORY_STORAGE_KEY,
      JSON.stringify({ state: { entries: [good, badResponse, badShape] }, version: 1 }),
    )
    await useHistoryStore.persist.rehydrate()
    expect(useHistoryStore.getState().entries.map((e) => e.id)).toEqual(['h-1'])
    const problems = useSetAsideStore.getState().items.flatMap((i) => i.problems.map((p) => p.path))
    expect(problems).toContain('entries[1].response.answers.bm-a.choice')
    expect(problems).toContain('entries[2].keptAt')
  })

  test('a stored value that is not a list is set aside as a whole', async () => {
    localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify({ state: { entries: 'nope' }, version: 1 }))
    await useHistoryStore.persist.rehydrate()
    expect(useHistoryStore.getState().entries).toEqual([])
    expect(useSetAsideStore.getState().items).toHaveLength(1)
  })
})
