import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { RecordKind, ValidationProblem } from '../domain/index.ts'

export const WORKSPACE_DB_NAME = 'groundwork'
/** The database's schema version: add an upgrade step in `upgrade` with each new one. */
export const WORKSPACE_DB_VERSION = 1

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
 * The stores hold records as written; every read validates them again (stored state is
 * untrusted like any file), so values are typed `unknown` here on purpose.
 */
interface WorkspaceSchema extends DBSchema {
  clients: { key: string; value: unknown }
  assessments: { key: string; value: unknown; indexes: { byClient: string } }
  workshops: { key: string; value: unknown; indexes: { byClient: string } }
  questionnaires: { key: string; value: unknown }
  branding: { key: string; value: unknown }
  /** Small values: which assessment is open, whether persistent storage was asked for. */
  meta: { key: string; value: unknown }
  setAside: { key: string; value: SetAsideRecord }
}

export type WorkspaceDatabase = IDBPDatabase<WorkspaceSchema>
export type StoreName = RecordKind | 'meta' | 'setAside'

/** Opens (and on first use creates or upgrades) the workspace database. */
export async function openWorkspaceDatabase(name: string = WORKSPACE_DB_NAME): Promise<WorkspaceDatabase> {
  const db = await openDB<WorkspaceSchema>(name, WORKSPACE_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('clients', { keyPath: 'id' })
        // Records without a client (clientId null) are simply not in the index: IndexedDB skips null keys.
        db.createObjectStore('assessments', { keyPath: 'id' }).createIndex('byClient', 'clientId')
        db.createObjectStore('workshops', { keyPath: 'id' }).createIndex('byClient', 'clientId')
        db.createObjectStore('questionnaires', { keyPath: 'id' })
        db.createObjectStore('branding', { keyPath: 'id' })
        db.createObjectStore('meta')
        db.createObjectStore('setAside', { keyPath: 'id' })
      }
    },
  })
  // Another tab opens a newer schema: step aside so it can upgrade; this tab's next write then fails visibly.
  db.addEventListener('versionchange', () => db.close())
  return db
}
