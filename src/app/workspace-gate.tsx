import { use, type ReactNode } from 'react'

let ready: Promise<void> = Promise.resolve()

/** The app's start sets this to the opening of the workspace; until then pages wait. */
export function setWorkspaceReady(opening: Promise<void>): void {
  ready = opening
}

/**
 * Shows its pages once the workspace is open: a page that read the stores before would show
 * "no assessment yet" for a moment, and a guard would send the user to the start page.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  use(ready)
  return children
}
