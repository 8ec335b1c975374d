import { createContext, use } from 'react'

/** A fixed chart width for environments without layout (jsdom); undefined means fit the container. */
export const ChartWidthContext = createContext<number | undefined>(undefined)

export function useChartWidth(): number | undefined {
  return use(ChartWidthContext)
}
