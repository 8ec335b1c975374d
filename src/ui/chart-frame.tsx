import type { ReactElement } from 'react'
import { ResponsiveContainer } from 'recharts'

/** What every chart of the app is given: its size where it is fixed, and no keyboard layer of its own. */
export interface ChartFrameProps {
  width?: number
  height?: number
  /** Each chart is an image named by a summary of its figures (a table lists them too): no keyboard stops inside. */
  accessibilityLayer: false
}

/**
 * A recharts chart `height` high: `width` wide where that is fixed (print, the PDF's pictures, tests),
 * else as wide as its container. `children` draws the chart with the props it is given.
 */
export function ChartFrame({
  width,
  height,
  children,
}: {
  width: number | undefined
  height: number
  children: (frame: ChartFrameProps) => ReactElement
}) {
  if (width) return children({ width, height, accessibilityLayer: false })
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 520, height }}>
      {children({ accessibilityLayer: false })}
    </ResponsiveContainer>
  )
}
