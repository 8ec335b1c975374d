import { createJSONStorage, type StateStorage } from 'zustand/middleware'

type StoredState = Record<string, unknown>

/** Upgrades a store's saved state from version N to N + 1, keyed by N. */
export type StoreUpgrades = Record<number, (state: StoredState) => StoredState>

function isStoredState(value: unknown): value is StoredState {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Local storage for small settings (the language, a participant's invitation): a full or
 * refused storage must not throw into a click handler, so writes that fail are dropped here —
 * losing a setting costs one click, and the user's records live in the workspace database.
 */
const forgivingLocalStorage: StateStorage = {
  getItem: (name) => localStorage.getItem(name),
  setItem: (name, value) => {
    try {
      localStorage.setItem(name, value)
    } catch {
      // Full or refused: see above.
    }
  },
  removeItem: (name) => localStorage.removeItem(name),
}

/**
 * The persistence options the small settings stores share: saved in local storage under `name`,
 * with its version and the upgrades from older versions. A setting this app cannot read (written
 * by a newer Groundwork) falls back to its default instead of being overwritten by zustand's empty state.
 */
export function versionedStorage(name: string, version: number, upgrades: StoreUpgrades = {}) {
  return {
    name,
    version,
    storage: createJSONStorage(() => forgivingLocalStorage),
    migrate: (saved: unknown, savedVersion: number): unknown => {
      let state = saved
      let at = savedVersion
      while (at < version && upgrades[at] && isStoredState(state)) {
        state = upgrades[at]!(state)
        at += 1
      }
      return at === version ? state : undefined
    },
  }
}
