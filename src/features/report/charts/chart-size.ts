import { createContext, use, useSyncExternalStore } from 'react'

/** Fixed chart sizes for environments without layout (jsdom); null means fit the container. */
export const ChartSizeContext = createContext<{ width: number } | null>(null)

export function useChartSize(): { width: number } | null {
  return use(ChartSizeContext)
}

const NARROW = '(max-width: 30rem)'

function subscribe(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => undefined
  const query = window.matchMedia(NARROW)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True on a phone-sized screen, where charts shrink their labels so nothing is cut off. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches,
    () => false,
  )
}
