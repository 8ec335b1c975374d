import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import { ChartFrame } from '../../../ui/chart-frame.tsx'
import { useFixedChartSize, useNarrowScreen } from './chart-size.ts'
import { chartPalette as palette } from '../../../ui/chart-palette.ts'
import type { ProfileRow } from './profile-rows.ts'

const HEIGHT = 380
const NARROW_HEIGHT = 290
// How far outside the web an axis label starts: a point at 100 sits on the web's edge, clear of its label.
const LABEL_GAP = 16

interface TickProps {
  x?: number | string
  y?: number | string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  payload?: { value: string; index: number; coordinate?: number }
}

interface DotProps {
  cx?: number
  cy?: number
  index?: number
}

function AngleTick({
  x = 0,
  y = 0,
  textAnchor = 'middle',
  payload,
  rows,
  fontSize,
  stacked,
}: TickProps & { rows: ProfileRow[]; fontSize: number; stacked: boolean }) {
  const tools = rows[payload?.index ?? 0]?.layer === 'tools'
  // On a phone there is no room beside the web: each label is centred above (or below) its axis end.
  const up = Math.sin(((payload?.coordinate ?? 90) * Math.PI) / 180) >= 0
  return (
    <text
      x={x}
      y={stacked ? Number(y) + (up ? -2 : 2) : y}
      textAnchor={stacked ? 'middle' : textAnchor}
      dominantBaseline={stacked ? (up ? 'auto' : 'hanging') : 'central'}
      fill={tools ? palette.tools : palette.ink}
      fontSize={fontSize}
      fontWeight={600}
    >
      {payload?.value}
    </text>
  )
}

function LayerDot({ cx = 0, cy = 0, index = 0, rows }: DotProps & { rows: ProfileRow[] }) {
  return rows[index]?.layer === 'tools' ? (
    <rect
      x={cx - 5}
      y={cy - 5}
      width={10}
      height={10}
      fill={palette.tools}
      stroke={palette.surface}
      strokeWidth={1.5}
    />
  ) : (
    <circle cx={cx} cy={cy} r={5} fill={palette.foundation} stroke={palette.surface} strokeWidth={1.5} />
  )
}

/** What the score is set against, drawn under it where the rows have it: dashed, the earlier one faintly filled. */
const COMPARISONS = [
  { dataKey: 'earlier', stroke: palette.earlier, strokeDasharray: '4 3', fill: palette.earlier, fillOpacity: 0.08 },
  { dataKey: 'target', stroke: palette.target, strokeDasharray: '2 3', fill: 'none' },
] as const

/**
 * The profile on a radar: foundation points are round and teal, tools points square and rust,
 * and the tools' axis label is set apart, so the two layers read differently at a glance.
 */
export function ProfileRadar({ rows }: { rows: ProfileRow[] }) {
  const size = useFixedChartSize()
  // On a phone the labels sit above and below their axes, so the web can take the width.
  const narrow = useNarrowScreen()
  const height = narrow ? NARROW_HEIGHT : HEIGHT
  const data = rows.map((row) => ({
    title: row.title,
    score: row.score ?? 0,
    target: row.target,
    earlier: row.earlier,
  }))
  const comparisons = COMPARISONS.filter(({ dataKey }) => rows.some((r) => r[dataKey] !== null))

  return (
    <ChartFrame width={size?.width} height={height}>
      {(frame) => (
        <RadarChart
          {...frame}
          data={data}
          outerRadius={narrow ? '68%' : '72%'}
          margin={narrow ? { top: 4, right: 4, bottom: 4, left: 4 } : { top: 8, right: 40, bottom: 8, left: 40 }}
        >
          <PolarGrid stroke={palette.grid} />
          <PolarAngleAxis
            dataKey="title"
            tickSize={narrow ? 6 : LABEL_GAP}
            tick={(props: TickProps) => (
              <AngleTick {...props} rows={rows} fontSize={narrow ? 12 : 13} stacked={narrow} />
            )}
          />
          <PolarRadiusAxis
            domain={[0, 100]}
            tickCount={5}
            angle={90 - 180 / Math.max(rows.length, 1)}
            axisLine={false}
            tick={{ fontSize: 11, fill: palette.muted }}
          />
          {comparisons.map((line) => (
            <Radar key={line.dataKey} {...line} strokeWidth={2} isAnimationActive={false} />
          ))}
          <Radar
            dataKey="score"
            stroke={palette.foundation}
            strokeWidth={2.5}
            fill={palette.foundation}
            fillOpacity={0.16}
            dot={(props: DotProps) => <LayerDot {...props} key={props.index} rows={rows} />}
            isAnimationActive={false}
          />
        </RadarChart>
      )}
    </ChartFrame>
  )
}
