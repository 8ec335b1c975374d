import { Circle, G, Line, Path, Polygon, Svg, Text } from '@react-pdf/renderer'
import { PDF_FONT } from './fonts.ts'
import type { PdfModel } from './model.ts'
import { CENTER, labelPlacement, RADAR, radarPoint } from './radar-layout.ts'
import { colors } from './styles.ts'

const points = (values: readonly number[]) => values.map((v, i) => radarPoint(i, values.length, v).join(',')).join(' ')
const ring = (values: readonly number[]) =>
  values.map((v, i) => `${i === 0 ? 'M' : 'L'}${radarPoint(i, values.length, v).join(',')}`).join(' ') + ' Z'

/**
 * The profile as vector graphics: rings at the level boundaries, one axis per area (foundation
 * first, clockwise from the top), the scores as a polygon; for a team the min–max band around it.
 * Labels outside the outer ring (see radar-layout.ts).
 */
export function RadarChart({ model }: { model: PdfModel }) {
  const { dimensions, report, team, format } = model
  const count = dimensions.length
  const scoreOf = (id: string) => report.dimensions.find((d) => d.dimensionId === id)?.score ?? null
  const values = dimensions.map((d) => scoreOf(d.id) ?? 0)
  const rings = model.questionnaire.maturityLevels
    .map((l) => l.min)
    .filter((min) => min > 0)
    .concat(100)
  const spread = team ? dimensions.map((d) => team.report.dimensions.find((s) => s.dimensionId === d.id)!) : null
  return (
    <Svg width={RADAR.width} height={RADAR.height} viewBox={`0 0 ${RADAR.width} ${RADAR.height}`}>
      {rings.map((r) => (
        <Polygon key={r} points={points(dimensions.map(() => r))} fill="none" stroke={colors.grid} strokeWidth={0.5} />
      ))}
      {dimensions.map((d, i) => {
        const [x, y] = radarPoint(i, count, 100)
        return <Line key={d.id} x1={CENTER.x} y1={CENTER.y} x2={x} y2={y} stroke={colors.grid} strokeWidth={0.5} />
      })}
      {spread && (
        <Path
          d={`${ring(spread.map((s) => s.max ?? 0))} ${ring(spread.map((s) => s.min ?? 0))}`}
          fill={colors.foundation}
          fillOpacity={0.14}
          fillRule="evenodd"
        />
      )}
      <Polygon
        points={points(values)}
        fill={colors.foundation}
        fillOpacity={0.12}
        stroke={colors.foundation}
        strokeWidth={1.5}
      />
      {dimensions.map((d, i) => {
        const [x, y] = radarPoint(i, count, values[i]!)
        return <Circle key={d.id} cx={x} cy={y} r={2.6} fill={d.layer === 'tools' ? colors.tools : colors.foundation} />
      })}
      {dimensions.map((d, i) => {
        const { x, anchor, titleY, scoreY } = labelPlacement(i, count)
        const score = scoreOf(d.id)
        return (
          <G key={d.id}>
            <Text
              x={x}
              y={titleY}
              textAnchor={anchor}
              style={{ fontFamily: PDF_FONT, fontSize: 8.5, fontWeight: 700 }}
              fill={d.layer === 'tools' ? colors.tools : colors.ink}
            >
              {model.text(d.title)}
            </Text>
            <Text
              x={x}
              y={scoreY}
              textAnchor={anchor}
              style={{ fontFamily: PDF_FONT, fontSize: 8 }}
              fill={colors.muted}
            >
              {score === null ? '–' : format.score(score)}
            </Text>
          </G>
        )
      })}
    </Svg>
  )
}
