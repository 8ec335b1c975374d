import { use, useSyncExternalStore, type ReactNode } from 'react'

let ready: Promise<void> = Promise.resolve()
let settled = true
const listeners = new Set<() => void>()

/**
 * The app's start sets this to the opening of the workspace. The data layer is loaded after the
 * first paint: the start page draws at once, and only what shows stored state waits for it.
 */
export function setWorkspaceReady(opening: Promise<void>): void {
  ready = opening
  settled = false
  const settle = () => {
    if (ready !== opening) return
    settled = true
    for (const listener of listeners) listener()
  }
  opening.then(settle, settle)
}

/**
 * Whether the workspace's opening has finished (a failure shows through `WorkspaceGate`). Always
 * false in the page prerendered at build time and while it is hydrated: what shows stored state
 * draws after that, so the static HTML and the first render agree.
 */
export function useWorkspaceSettled(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => settled,
    () => false,
  )
}

/** Resolves once the workspace is open and the stores hold what it keeps. */
export function workspaceReady(): Promise<void> {
  return ready
}

/**
 * Shows its children once the workspace is open: a page that read the stores before would show
 * "no assessment yet" for a moment, and a guard would send the user to the start page.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  use(ready)
  return children
}

let loadWorkshops: () => Promise<void> = () => Promise.resolve()

/** The workspace's start registers how workshops are read: they load on first need, not with every page. */
export function setWorkshopsLoader(load: () => Promise<void>): void {
  loadWorkshops = load
}

/** Resolves once the workspace is open and its workshops are in the workshop store. */
export async function workshopsReady(): Promise<void> {
  await ready
  await loadWorkshops()
}
