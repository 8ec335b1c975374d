// @vitest-environment jsdom
import { describe, expect, test } from 'vitest'
import { useHistoryStore } from './history-store.ts'
import { buildResponse, choices } from '../../tests/builders/response.ts'

const response = buildResponse(choices({ 'bm-a': 2 }), { id: 'r-1' })

describe('history store', () => {
  test('keeps a snapshot with its date, newest first', () => {
    useHistoryStore.getState().keep(response, new Date('2025-01-10T12:00:00Z'))
    useHistoryStore
      .getState()
      .keep({ ...response, updatedAt: '2025-03-01T10:00:00.000Z' }, new Date('2025-03-01T12:00:00Z'))
    const { entries } = useHistoryStore.getState()
    expect(entries.map((e) => e.keptAt)).toEqual(['2025-03-01T12:00:00.000Z', '2025-01-10T12:00:00.000Z'])
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
})
