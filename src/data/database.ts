import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { RecordKind, ValidationProblem } from '../domain/index.ts'
import { WORKSPACE_DB_NAME } from './stored.ts'

export { WORKSPACE_DB_NAME }

/** The database's schema version: add an upgrade step in `upgrade` with each new one. */
export const WORKSPACE_DB_VERSION = 2

/** Stored data this app could not read: kept whole, offered as a download, never dropped. */
export interface SetAsideRecord {
  id: string
  /** Where it came from: a record kind and id, or a legacy local-storage key. */
  source: string
  raw: string
  problems: ValidationProblem[]
  at: string
  dismissedAt?: string
}

/**
 * A client's records by index: all of them; its deletion markers only (a record without `deletedAt`
 * is not in that index, so live = all − deleted is counted without reading a record); and by last
 * change, whose newest key tells when the client's work last changed.
 */
type ClientIndexes = {
  byClient: string
  byClientDeleted: [string, string]
  byClientUpdated: [string, string]
}

/**
 * The stores hold records as written; every read validates them again (stored state is
 * untrusted like any file), so values are typed `unknown` here on purpose.
 */
interface WorkspaceSchema extends DBSchema {
  clients: { key: string; value: unknown }
  assessments: { key: string; value: unknown; indexes: ClientIndexes }
  workshops: { key: string; value: unknown; indexes: ClientIndexes }
  questionnaires: { key: string; value: unknown }
  branding: { key: string; value: unknown }
  /** Small values: which assessment is open, whether persistent storage was asked for. */
  meta: { key: string; value: unknown }
  setAside: { key: string; value: SetAsideRecord }
  /** Questionnaires being edited (version 2): unfinished, so not records of the library nor of backups. */
  drafts: { key: string; value: unknown }
}

export type WorkspaceDatabase = IDBPDatabase<WorkspaceSchema>
export type StoreName = RecordKind | 'meta' | 'setAside' | 'drafts'

/** Opens (and on first use creates or upgrades) the workspace database. */
export async function openWorkspaceDatabase(name: string = WORKSPACE_DB_NAME): Promise<WorkspaceDatabase> {
  const db = await openDB<WorkspaceSchema>(name, WORKSPACE_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('clients', { keyPath: 'id' })
        // Records without a client (clientId null) are simply not in these indexes: IndexedDB skips null keys.
        for (const name of ['assessments', 'workshops'] as const) {
          const store = db.createObjectStore(name, { keyPath: 'id' })
          store.createIndex('byClient', 'clientId')
          store.createIndex('byClientDeleted', ['clientId', 'deletedAt'])
          store.createIndex('byClientUpdated', ['clientId', 'updatedAt'])
        }
        db.createObjectStore('questionnaires', { keyPath: 'id' })
        db.createObjectStore('branding', { keyPath: 'id' })
        db.createObjectStore('meta')
        db.createObjectStore('setAside', { keyPath: 'id' })
      }
      // Each step only adds: a database of any earlier version keeps everything it holds.
      if (oldVersion < 2) db.createObjectStore('drafts', { keyPath: 'id' })
    },
  })
  // Another tab opens a newer schema: step aside so it can upgrade; this tab's next write then fails visibly.
  db.addEventListener('versionchange', () => db.close())
  return db
}
