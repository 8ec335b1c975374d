import { Bar, BarChart, ReferenceArea, XAxis, YAxis } from 'recharts'
import { ChartFrame } from '../../../ui/chart-frame.tsx'
import type { MaturityLevel } from '../../../domain/index.ts'
import { useFixedChartSize, useNarrowScreen } from './chart-size.ts'
import { chartPalette as palette } from '../../../ui/chart-palette.ts'
import type { ProfileRow } from './profile-rows.ts'

const ROW = 52

interface Props {
  rows: ProfileRow[]
  levels: { level: MaturityLevel; name: string }[]
  /** Where technology stops counting: F + slack (null without a foundation score). */
  toolCap: number | null
}

interface ShapeProps {
  x?: number
  y?: number
  width?: number
  height?: number
  index?: number
  background?: { x: number | null; y: number | null; width: number; height: number }
}

function BarShape({
  x = 0,
  y = 0,
  width = 0,
  height: h = 0,
  background,
  row,
  toolCap,
}: ShapeProps & { row: ProfileRow; toolCap: number | null }) {
  const trackX = background?.x ?? x
  const trackW = background?.width ?? 0
  const at = (value: number) => trackX + (trackW * value) / 100
  const tools = row.layer === 'tools'
  const capX = tools && toolCap !== null && toolCap < (row.score ?? 0) ? at(toolCap) : null
  return (
    <g>
      {capX === null ? (
        <rect x={x} y={y} width={width} height={h} rx={3} fill={tools ? palette.tools : palette.foundation} />
      ) : (
        <>
          <rect x={x} y={y} width={capX - x} height={h} rx={3} fill={palette.tools} />
          <rect
            x={capX}
            y={y + 1}
            width={x + width - capX}
            height={h - 2}
            fill="url(#report-hatch)"
            stroke={palette.tools}
            strokeWidth={1}
          />
        </>
      )}
      {row.earlier !== null && (
        <path
          d={`M${at(row.earlier)},${y + h / 2 - 6} l6,6 l-6,6 l-6,-6 z`}
          fill={palette.surface}
          stroke={palette.earlier}
          strokeWidth={2}
        />
      )}
      {row.target !== null && (
        <line
          x1={at(row.target)}
          x2={at(row.target)}
          y1={y - 6}
          y2={y + h + 6}
          stroke={palette.target}
          strokeWidth={3}
        />
      )}
    </g>
  )
}

/** A bar per dimension over the maturity bands, with target ticks, earlier marks and the tool cap. */
export function LevelBars({ rows, levels, toolCap }: Props) {
  const size = useFixedChartSize()
  // On a phone the band names do not fit above their bands: numbered there, named in a key below.
  const narrow = useNarrowScreen()
  const data = rows.map((row) => ({ title: row.title, score: row.score ?? 0 }))
  const bounds = levels.map((l, i) => ({
    name: l.name,
    from: l.level.min,
    to: levels[i + 1]?.level.min ?? 100,
  }))
  const height = rows.length * ROW + 80

  const chart = (
    <ChartFrame width={size?.width} height={height}>
      {(frame) => (
        <BarChart
          {...frame}
          data={data}
          layout="vertical"
          margin={{ top: 30, right: 24, bottom: 8, left: 8 }}
          barCategoryGap="32%"
        >
          <defs>
            <pattern id="report-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={palette.surface} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={palette.tools} strokeWidth="2" />
            </pattern>
          </defs>
          {bounds.map((band, i) => (
            <ReferenceArea
              key={band.from}
              x1={band.from}
              x2={band.to}
              fill={palette.bands[i % 2]}
              fillOpacity={1}
              ifOverflow="visible"
              label={{
                value: narrow ? String(i + 1) : band.name,
                position: 'top',
                fill: palette.muted,
                fontSize: 12,
                fontWeight: 600,
              }}
            />
          ))}
          <XAxis
            type="number"
            domain={[0, 100]}
            ticks={[...bounds.map((b) => b.from), 100]}
            tick={{ fontSize: 12, fill: palette.muted }}
            stroke={palette.grid}
          />
          <YAxis
            type="category"
            dataKey="title"
            width={narrow ? 96 : 150}
            tick={{ fontSize: narrow ? 11 : 13, fill: palette.ink }}
            stroke={palette.grid}
          />
          <Bar
            dataKey="score"
            shape={(props: ShapeProps) => <BarShape {...props} row={rows[props.index ?? 0]!} toolCap={toolCap} />}
            background={{ fill: 'transparent' }}
            isAnimationActive={false}
          />
        </BarChart>
      )}
    </ChartFrame>
  )
  if (!narrow) return chart
  return (
    <>
      {chart}
      <ol className="report-band-key">
        {bounds.map((band) => (
          <li key={band.from}>{band.name}</li>
        ))}
      </ol>
    </>
  )
}
