import {
  isLive,
  newId,
  validateRecord,
  type RecordKind,
  type RecordOf,
  type ValidationProblem,
} from '../domain/index.ts'
import { useSetAsideStore } from '../store/set-aside.ts'
import { announce, type WorkspaceChange } from './changes.ts'
import { openWorkspaceDatabase, type SetAsideRecord, type StoreName, type WorkspaceDatabase } from './database.ts'
import { classifyWriteError, useSaveStatus } from './save-status.ts'

/**
 * The one data module: every record the user keeps goes through here into the browser's
 * database (IndexedDB). Reads validate what they find (stored state is untrusted like any file)
 * and set aside, not drop, what fails. Writes are transactions; the save status reports only
 * what the database confirmed.
 */
let database: Promise<WorkspaceDatabase> | undefined
let databaseName: string | undefined

export function workspaceDatabase(): Promise<WorkspaceDatabase> {
  database ??= openWorkspaceDatabase(databaseName)
  return database
}

/** Tests: a fresh, separately named database per test file or case. */
export async function useWorkspaceDatabase(name: string): Promise<void> {
  if (database) (await database.catch(() => null))?.close()
  database = undefined
  databaseName = name
  pending.clear()
  useSaveStatus.setState({ pending: 0, savedAt: null, failure: null })
}

// ---------------------------------------------------------------------------------------------
// Reads

/** One record by id, validated; undefined when missing, deleted, or unreadable (then set aside). */
export async function readRecord<K extends RecordKind>(kind: K, id: string): Promise<RecordOf[K] | undefined> {
  const db = await workspaceDatabase()
  const raw = await db.get(kind, id)
  if (raw === undefined) return undefined
  const record = checkRecord(kind, raw, id)
  return record && isLive(record) ? record : undefined
}

interface ReadOptions {
  /** Only the records of this client. */
  clientId?: string
  /** Tombstones too (for backups, which carry deletions). */
  includeDeleted?: boolean
}

/** All records of a kind, validated; an unreadable one is set aside on its own and the rest are returned. */
export async function readAll<K extends RecordKind>(kind: K, options: ReadOptions = {}): Promise<RecordOf[K][]> {
  const db = await workspaceDatabase()
  const raws =
    options.clientId !== undefined && (kind === 'assessments' || kind === 'workshops')
      ? await db.getAllFromIndex(kind as 'assessments', 'byClient', options.clientId)
      : await db.getAll(kind)
  const records: RecordOf[K][] = []
  for (const raw of raws) {
    const record = checkRecord(kind, raw)
    if (record && (options.includeDeleted || isLive(record))) records.push(record)
  }
  return records
}

export interface ClientActivity {
  /** Live records (tombstones left out). */
  count: number
  /** The newest `updatedAt` among them, deletions included (a deletion is a change too). */
  lastChange: string | null
}

/**
 * For every client at once: how many live records of a kind it has and when they last changed.
 * One transaction, index keys only (no record is read): the list of 300 clients must not wait
 * for 1,500 assessments.
 */
export async function clientActivities(kind: 'assessments' | 'workshops'): Promise<Map<string, ClientActivity>> {
  const db = await workspaceDatabase()
  const tx = db.transaction(kind)
  const activity = new Map<string, ClientActivity>()
  // Sorted by client, then by last change: the last key seen for a client is its newest.
  for (let cursor = await tx.store.index('byClientUpdated').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const [clientId, updatedAt] = cursor.key as [string, string]
    const seen = activity.get(clientId)
    activity.set(clientId, { count: (seen?.count ?? 0) + 1, lastChange: updatedAt })
  }
  for (let cursor = await tx.store.index('byClientDeleted').openKeyCursor(); cursor; cursor = await cursor.continue()) {
    const seen = activity.get((cursor.key as [string, string])[0])
    if (seen) seen.count -= 1
  }
  await tx.done
  return activity
}

/**
 * The ids of records filed under no client. The `byClient` index leaves out records whose client
 * is null, so these are the store's keys minus the index's: keys only, no record is read.
 */
export async function unfiledIds(kind: 'assessments' | 'workshops'): Promise<string[]> {
  const db = await workspaceDatabase()
  const tx = db.transaction(kind)
  const [all, filed] = await Promise.all([tx.store.getAllKeys(), tx.store.index('byClient').getAllKeys()])
  const inIndex = new Set(filed)
  return all.filter((id) => !inIndex.has(id))
}

export async function readMeta<T>(key: string): Promise<T | undefined> {
  const db = await workspaceDatabase()
  return (await db.get('meta', key)) as T | undefined
}

const setAsideIds = new Set<string>()

function checkRecord<K extends RecordKind>(kind: K, raw: unknown, id?: string): RecordOf[K] | undefined {
  const checked = validateRecord(kind, raw)
  if (checked.ok) return checked.value
  const recordId =
    id ?? (typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : '?')
  const source = `${kind}/${recordId}`
  // Read again and again (every list view): set aside once per session, not once per read.
  if (!setAsideIds.has(source)) {
    setAsideIds.add(source)
    void setAside(source, raw, checked.problems)
  }
  return undefined
}

// ---------------------------------------------------------------------------------------------
// Set aside

/** Keeps what could not be read, whole, in its own store, and tells the user; never drops it. */
export async function setAside(source: string, value: unknown, problems: ValidationProblem[]): Promise<boolean> {
  const raw = typeof value === 'string' ? value : JSON.stringify(value, null, 2)
  const at = new Date().toISOString()
  const record: SetAsideRecord = { id: newId(), source, raw, problems, at }
  useSetAsideStore.setState((s) => ({
    items: [...s.items, { key: source, raw, problems, at, id: record.id }],
  }))
  try {
    const db = await workspaceDatabase()
    await db.put('setAside', record)
    return true
  } catch {
    // The database refuses: the copy stays in memory and can be downloaded this session.
    return false
  }
}

/** Set-aside data not yet dismissed, to show again after a reload. */
export async function readSetAside(): Promise<SetAsideRecord[]> {
  const db = await workspaceDatabase()
  return (await db.getAll('setAside')).filter((item) => !item.dismissedAt)
}

/** The user has seen (and perhaps downloaded) it: it stays stored, but no longer shows. */
export async function dismissSetAside(id: string): Promise<void> {
  const db = await workspaceDatabase()
  const item = await db.get('setAside', id)
  if (item) await db.put('setAside', { ...item, dismissedAt: new Date().toISOString() })
}

// ---------------------------------------------------------------------------------------------
// Writes

export interface Write {
  store: StoreName
  /** The record (its id is its key), or for `meta` the value under `key`. */
  value: unknown
  key?: string
}

/**
 * Writes records in one transaction: all or nothing. Throws what the database threw; callers
 * that the user is waiting on (restore, migration) show it. Announces the change on success.
 */
export async function writeNow(writes: readonly Write[]): Promise<void> {
  if (writes.length === 0) return
  const db = await workspaceDatabase()
  const stores = [...new Set(writes.map((w) => w.store))]
  const tx = db.transaction(stores, 'readwrite')
  const done = tx.done
  try {
    for (const write of writes) {
      const store = tx.objectStore(write.store)
      if (write.store === 'meta') void store.put(write.value as never, write.key as never)
      else void store.put(write.value as never)
    }
  } catch (error) {
    tx.abort()
    await done.catch(() => undefined)
    throw error
  }
  await done
  announce(changesOf(writes))
}

function changesOf(writes: readonly Write[]): WorkspaceChange[] {
  const byStore = new Map<StoreName, string[]>()
  for (const write of writes) {
    const id = write.store === 'meta' ? write.key! : (write.value as { id: string }).id
    byStore.set(write.store, [...(byStore.get(write.store) ?? []), id])
  }
  return [...byStore].map(([store, ids]) => ({ store, ids }))
}

// Changes the user makes while working (answers, notes, a workshop row) go through a queue: the
// newest version of each record is written, a failed write stays queued and is retried, and the
// save status says "saved" only once the database has confirmed.
const pending = new Map<string, Write>()
let flushing: Promise<void> | null = null
let retryTimer: ReturnType<typeof setTimeout> | undefined
const RETRY_AFTER_MS = 4000

function writeKey(write: Write): string {
  return `${write.store}:${write.store === 'meta' ? write.key : (write.value as { id: string }).id}`
}

/** Queues writes (the newest version of a record replaces a queued older one) and resolves once written. */
export function save(...writes: Write[]): Promise<void> {
  for (const write of writes) pending.set(writeKey(write), write)
  useSaveStatus.setState({ pending: pending.size })
  return flush()
}

/** Whether a record has changes that are not yet confirmed (then another tab's version must not replace it). */
export function hasPendingWrite(store: StoreName, id: string): boolean {
  return pending.has(`${store}:${id}`)
}

/** Drops a queued write that must not happen any more (a draft saved as a version and removed). */
export function forgetPending(store: StoreName, id: string): void {
  pending.delete(`${store}:${id}`)
  useSaveStatus.setState({ pending: pending.size })
}

/** Writes what is queued now (the retry button). */
export function retryWrites(): Promise<void> {
  clearTimeout(retryTimer)
  return flush()
}

function flush(): Promise<void> {
  if (flushing) return flushing.then(() => (pending.size > 0 ? flush() : undefined))
  flushing = (async () => {
    while (pending.size > 0) {
      const batch = [...pending.values()]
      try {
        await writeNow(batch)
      } catch (error) {
        useSaveStatus.setState({
          pending: pending.size,
          failure: {
            reason: classifyWriteError(error),
            detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
            at: new Date().toISOString(),
          },
        })
        clearTimeout(retryTimer)
        retryTimer = setTimeout(() => void retryWrites(), RETRY_AFTER_MS)
        return
      }
      // Only what was written leaves the queue: a newer change queued meanwhile stays.
      for (const write of batch) if (pending.get(writeKey(write)) === write) pending.delete(writeKey(write))
      useSaveStatus.setState({ pending: pending.size, savedAt: new Date().toISOString(), failure: null })
    }
  })().finally(() => {
    flushing = null
  })
  return flushing
}

/** What is queued but not written: offered as a download while the database refuses. */
export function pendingValues(): Write[] {
  return [...pending.values()]
}
