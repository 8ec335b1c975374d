import type { StoreName } from './database.ts'

/** What changed in the workspace: a store and the ids written there. */
export interface WorkspaceChange {
  store: StoreName
  ids: string[]
}
type Listener = (change: WorkspaceChange, fromOtherTab: boolean) => void

const CHANNEL = 'groundwork.workspace'
const listeners = new Set<Listener>()
let channel: BroadcastChannel | null | undefined

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel
  channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null
  channel?.addEventListener('message', (event: MessageEvent<WorkspaceChange[]>) => {
    if (!Array.isArray(event.data)) return
    for (const change of event.data) for (const listener of listeners) listener(change, true)
  })
  return channel
}

/** Tells this tab's readers and every other tab what was just committed. */
export function announce(changes: WorkspaceChange[]): void {
  if (changes.length === 0) return
  for (const change of changes) for (const listener of listeners) listener(change, false)
  openChannel()?.postMessage(changes)
}

/** Listens to committed changes, this tab's and other tabs'; returns a function that stops listening. */
export function onWorkspaceChange(listener: Listener): () => void {
  openChannel()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
