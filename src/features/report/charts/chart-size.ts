import { createContext, use, useSyncExternalStore } from 'react'

/** Fixed chart sizes for environments without layout (jsdom); null means fit the container. */
export const ChartSizeContext = createContext<{ width: number } | null>(null)

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

// Charts sized for the screen would be cut off on the narrower printed page, and the browser does
// not resize them for printing: while printing they are drawn at the page's width instead.
const PRINT_WIDTH = 660
let printing = false

function subscribePrint(onChange: () => void): () => void {
  const begin = () => {
    printing = true
    onChange()
  }
  const end = () => {
    printing = false
    onChange()
  }
  window.addEventListener('beforeprint', begin)
  window.addEventListener('afterprint', end)
  return () => {
    window.removeEventListener('beforeprint', begin)
    window.removeEventListener('afterprint', end)
  }
}

/** The fixed size a chart takes: the test environment's, the printed page's, or null (fit the screen). */
export function useFixedChartSize(): { width: number } | null {
  const size = use(ChartSizeContext)
  const print = useSyncExternalStore(
    subscribePrint,
    () => printing,
    () => false,
  )
  return size ?? (print ? { width: PRINT_WIDTH } : null)
}
