import { useEffect, useState } from 'react'
import type { StoreName } from './database.ts'
import { onWorkspaceChange } from './changes.ts'

export type Query<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: unknown }

/**
 * Reads from the workspace and reads again whenever one of `stores` changes — in this tab or
 * another. The previous value stays on screen while the new one loads (no flicker on every save).
 */
export function useWorkspaceQuery<T>(
  read: () => Promise<T>,
  stores: readonly StoreName[],
  deps: readonly unknown[],
  /** Already read (the route read it while its page loaded): shown at once, not read again. */
  initial?: T,
): Query<T> {
  const [query, setQuery] = useState<Query<T>>(
    initial === undefined ? { state: 'loading' } : { state: 'ready', value: initial },
  )
  useEffect(() => {
    let current = true
    let scheduled = false
    const run = () =>
      read().then(
        (value) => current && setQuery({ state: 'ready', value }),
        (error: unknown) => current && setQuery({ state: 'failed', error }),
      )
    if (initial === undefined) void run()
    const stop = onWorkspaceChange((change) => {
      // One commit announces each store it touched: read again once for all of them.
      if (!stores.includes(change.store) || scheduled) return
      scheduled = true
      queueMicrotask(() => {
        scheduled = false
        void run()
      })
    })
    return () => {
      current = false
      stop()
    }
    // The caller names what the read depends on, as with useEffect.
  }, deps)
  return query
}
