import { createContext, use } from 'react'

/** Fixed chart sizes for environments without layout (jsdom); null means fit the container. */
export const ChartSizeContext = createContext<{ width: number } | null>(null)

export function useChartSize(): { width: number } | null {
  return use(ChartSizeContext)
}
