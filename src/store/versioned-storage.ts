import { createJSONStorage, type StateStorage } from 'zustand/middleware'

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
 * The persistence options the small settings stores share: saved in local storage under `name`
 * with its version. A setting saved by another version (a newer Groundwork) falls back to its
 * default instead of being read as if it were this one's; add an upgrade here when a setting's
 * shape changes.
 */
export function versionedStorage(name: string, version: number) {
  return {
    name,
    version,
    storage: createJSONStorage(() => forgivingLocalStorage),
    migrate: (saved: unknown, savedVersion: number): unknown => (savedVersion === version ? saved : undefined),
  }
}
