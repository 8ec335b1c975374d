import { useSyncExternalStore, type RefObject } from 'react'

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange)
  return () => document.removeEventListener('fullscreenchange', onChange)
}

/**
 * Shows one element on the whole screen (the projector in a meeting room) and back. Renders
 * nothing where the browser cannot (an iPhone, an embedded view); Escape also leaves full screen.
 */
export function FullScreenButton({
  target,
  enter,
  leave,
}: {
  target: RefObject<HTMLElement | null>
  enter: string
  leave: string
}) {
  const active = useSyncExternalStore(
    subscribe,
    () => document.fullscreenElement !== null && document.fullscreenElement === target.current,
    () => false,
  )
  if (!document.fullscreenEnabled) return null
  const toggle = () => {
    if (active) void document.exitFullscreen()
    else void target.current?.requestFullscreen().catch(() => undefined)
  }
  return (
    <button type="button" className="live-fullscreen" aria-pressed={active} onClick={toggle}>
      {active ? leave : enter}
    </button>
  )
}
