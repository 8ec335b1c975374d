import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import { ChartFrame } from '../../../ui/chart-frame.tsx'
import { chartPalette } from '../../../ui/chart-palette.ts'

const HEIGHT = 360
const colours = {
  team: chartPalette.foundation,
  band: chartPalette.tools,
  grid: chartPalette.grid,
  axis: chartPalette.muted,
  ink: chartPalette.ink,
}

export interface RadarRow {
  title: string
  team: number
  range: [number, number]
}

/** The team's dimension scores as a line, with the band from the lowest to the highest individual. */
export function TeamRadar({ rows, width }: { rows: RadarRow[]; width?: number | undefined }) {
  return (
    <ChartFrame width={width} height={HEIGHT}>
      {(frame) => (
        <RadarChart {...frame} data={rows} outerRadius="72%" margin={{ top: 16, right: 56, bottom: 16, left: 56 }}>
          <PolarGrid stroke={colours.grid} />
          <PolarAngleAxis dataKey="title" tick={{ fontSize: 13, fontWeight: 600, fill: colours.ink }} />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            angle={90}
            axisLine={false}
            tick={{ fontSize: 11, fill: colours.axis }}
          />
          <Radar
            dataKey="range"
            stroke={colours.band}
            strokeDasharray="4 3"
            fill={colours.band}
            fillOpacity={0.18}
            isAnimationActive={false}
          />
          <Radar
            dataKey="team"
            stroke={colours.team}
            strokeWidth={3}
            fill="none"
            dot={{ r: 4, fill: colours.team }}
            isAnimationActive={false}
          />
        </RadarChart>
      )}
    </ChartFrame>
  )
}
