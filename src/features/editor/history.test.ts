import { describe, expect, test } from 'vitest'
import { historyReducer, startHistory, TYPING_PAUSE_MS, type History, type HistoryAction } from './history.ts'

const run = (actions: HistoryAction<string>[]) =>
  actions.reduce<History<string>>((state, action) => historyReducer(state, action), startHistory('a'))

describe('undo and redo over the draft', () => {
  test('typing in one field is one step; another field or a pause starts a new one', () => {
    const typed = run([
      { type: 'edit', next: 'ab', group: 'title', at: 0 },
      { type: 'edit', next: 'abc', group: 'title', at: 200 },
      { type: 'edit', next: 'abcd', group: 'title', at: 200 + TYPING_PAUSE_MS },
      { type: 'edit', next: 'abcde', group: 'prompt', at: 2500 + TYPING_PAUSE_MS },
    ])
    expect(typed.past).toEqual(['a', 'abc', 'abcd'])
    const undone = historyReducer(historyReducer(typed, { type: 'undo' }), { type: 'undo' })
    expect(undone.present).toBe('abc')
    const redone = historyReducer(undone, { type: 'redo' })
    expect(redone.present).toBe('abcd')
    expect(historyReducer(redone, { type: 'edit', next: 'x', at: 9999 }).future).toEqual([])
  })

  test('undo with nothing to undo changes nothing', () => {
    const start = startHistory('a')
    expect(historyReducer(start, { type: 'undo' })).toBe(start)
    expect(historyReducer(start, { type: 'redo' })).toBe(start)
  })
})
