// What says, without loading the data layer, whether this browser keeps anything of Groundwork's:
// the app's start asks it to decide whether the start page needs the workspace at once.

export const WORKSPACE_DB_NAME = 'groundwork'

/** The local-storage keys of Groundwork before the workspace (storage version 1 of each store). */
export const LEGACY_KEYS = {
  assessment: 'groundwork.assessment',
  history: 'groundwork.history',
  workshops: 'groundwork.workshops',
  questionnaire: 'groundwork.questionnaire',
  branding: 'groundwork.branding',
} as const
export const LEGACY_BACKUP_PREFIX = 'groundwork.backup.'

function hasLegacyStorage(): boolean {
  try {
    if (Object.values(LEGACY_KEYS).some((key) => localStorage.getItem(key) !== null)) return true
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(LEGACY_BACKUP_PREFIX)) return true
    return false
  } catch {
    return false // storage refused: nothing of ours can be in it
  }
}

/**
 * Whether the browser may keep a workspace or an earlier version's local storage. Answers "yes"
 * whenever it cannot tell (a browser without `indexedDB.databases()`), so nothing stored is overlooked.
 */
export async function mayHaveStoredData(): Promise<boolean> {
  if (hasLegacyStorage()) return true
  if (typeof indexedDB === 'undefined') return false
  if (typeof indexedDB.databases !== 'function') return true
  try {
    const databases = await indexedDB.databases()
    return databases.some((database) => database.name === WORKSPACE_DB_NAME)
  } catch {
    return true
  }
}
