/** The draft's states for undo and redo: what was, what is, what was undone. */
export interface History<T> {
  past: T[]
  present: T
  future: T[]
  /** The field the last edit was typed into, and when: typing in one field becomes one step. */
  group: string | null
  at: number
}

export type HistoryAction<T> =
  | { type: 'edit'; next: T; group?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'reset'; present: T }

const LIMIT = 300
/** Keystrokes in the same field closer together than this are one step. */
export const TYPING_PAUSE_MS = 1000

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], group: null, at: 0 }
}

export function historyReducer<T>(state: History<T>, action: HistoryAction<T>): History<T> {
  switch (action.type) {
    case 'edit': {
      if (action.next === state.present) return state
      const sameTyping =
        action.group !== undefined && action.group === state.group && action.at - state.at < TYPING_PAUSE_MS
      const past = sameTyping ? state.past : [...state.past, state.present].slice(-LIMIT)
      return { past, present: action.next, future: [], group: action.group ?? null, at: action.at }
    }
    case 'undo': {
      const previous = state.past.at(-1)
      if (previous === undefined) return state
      return {
        past: state.past.slice(0, -1),
        present: previous,
        future: [state.present, ...state.future],
        group: null,
        at: 0,
      }
    }
    case 'redo': {
      const [next, ...future] = state.future
      if (next === undefined) return state
      return { past: [...state.past, state.present], present: next, future, group: null, at: 0 }
    }
    case 'reset':
      return startHistory(action.present)
  }
}
