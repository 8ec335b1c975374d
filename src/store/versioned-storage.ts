import { createJSONStorage } from 'zustand/middleware'
import { setAside } from './set-aside.ts'

type StoredState = Record<string, unknown>

/** Upgrades a store's saved state from version N to N + 1, keyed by N. */
export type StoreUpgrades = Record<number, (state: StoredState) => StoredState>

function isStoredState(value: unknown): value is StoredState {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The persistence options every store shares: saved in local storage under `name`, with its
 * version and the upgrades from older versions. Saved state this app cannot read (written by a
 * newer Groundwork, or an old version without an upgrade) is set aside as a downloadable backup
 * and the user is told: left to itself, zustand would drop it and save an empty state over it.
 * Each store's `merge` then validates what comes through, as it does with any stored state.
 */
export function versionedStorage(name: string, version: number, upgrades: StoreUpgrades = {}) {
  return {
    name,
    version,
    storage: createJSONStorage(() => localStorage),
    migrate: (saved: unknown, savedVersion: number): unknown => {
      let state = saved
      let at = savedVersion
      while (at < version && upgrades[at] && isStoredState(state)) {
        state = upgrades[at]!(state)
        at += 1
      }
      if (at === version) return state
      const problem =
        savedVersion > version
          ? `saved by a newer version of Groundwork (storage version ${savedVersion}); this one reads version ${version}`
          : `storage version ${savedVersion} cannot be upgraded to version ${version}`
      setAside(name, { state: saved, version: savedVersion }, [{ path: '(version)', message: problem }])
      return undefined
    },
  }
}
