import { Line, Rect, Svg, Text, View } from '@react-pdf/renderer'
import type { PdfModel } from './model.ts'
import { colors, CONTENT_WIDTH } from './styles.ts'

const LABEL = 118
const VALUE = 40
const WIDTH = CONTENT_WIDTH - LABEL - VALUE
const HEIGHT = 14

const x = (score: number) => (WIDTH * Math.max(0, Math.min(100, score))) / 100

/** The level bands as a strip of boxes, so each name wraps inside its own band. */
function BandNames({ model }: { model: PdfModel }) {
  const levels = model.questionnaire.maturityLevels
  return (
    <View style={{ flexDirection: 'row', marginLeft: LABEL, width: WIDTH, marginBottom: 2 }}>
      {levels.map((level, i) => {
        const next = levels[i + 1]?.min ?? 100
        return (
          <Text
            key={level.id}
            style={{ width: x(next) - x(level.min), fontSize: 7, color: colors.muted, paddingHorizontal: 2 }}
          >
            {model.text(level.name)}
          </Text>
        )
      })}
    </View>
  )
}

/** One bar per area against the maturity-level bands; a team's min–max range as a whisker. */
export function LevelBars({ model }: { model: PdfModel }) {
  const { report, team, format } = model
  const levels = model.questionnaire.maturityLevels
  // Technology counts only up to the foundation plus the slack: the rest of its bar is drawn pale.
  const cap = report.toolCap ?? 100
  const capped = model.dimensions.some((d) => {
    const score = report.dimensions.find((s) => s.dimensionId === d.id)?.score
    return d.layer === 'tools' && score != null && score > cap
  })
  return (
    <View wrap={false}>
      <BandNames model={model} />
      {model.dimensions.map((dimension) => {
        const score = report.dimensions.find((d) => d.dimensionId === dimension.id)!
        const spread = team?.report.dimensions.find((d) => d.dimensionId === dimension.id)
        const color = dimension.layer === 'tools' ? colors.tools : colors.foundation
        return (
          <View key={dimension.id} style={{ flexDirection: 'row', alignItems: 'center', marginBottom: 3 }}>
            <Text style={{ width: LABEL, fontSize: 9, paddingRight: 6 }}>{model.text(dimension.title)}</Text>
            <Svg width={WIDTH} height={HEIGHT}>
              {levels.map((level, i) => (
                <Rect
                  key={level.id}
                  x={x(level.min)}
                  y={0}
                  width={x(levels[i + 1]?.min ?? 100) - x(level.min)}
                  height={HEIGHT}
                  fill={colors.bands[i % 2]!}
                />
              ))}
              {score.score !== null && (
                <Rect x={0} y={3.5} width={x(score.score)} height={HEIGHT - 7} fill={color} fillOpacity={0.35} />
              )}
              {score.score !== null && (
                <Rect
                  x={0}
                  y={3.5}
                  width={x(dimension.layer === 'tools' ? Math.min(score.score, cap) : score.score)}
                  height={HEIGHT - 7}
                  fill={color}
                />
              )}
              {spread?.min != null && spread.max != null && (
                <Line
                  x1={x(spread.min)}
                  y1={HEIGHT / 2}
                  x2={x(spread.max)}
                  y2={HEIGHT / 2}
                  stroke={colors.ink}
                  strokeWidth={0.75}
                />
              )}
              {score.target < 100 && (
                <Line
                  x1={x(score.target)}
                  y1={0}
                  x2={x(score.target)}
                  y2={HEIGHT}
                  stroke={colors.ink}
                  strokeWidth={1}
                  strokeDasharray="2,1.5"
                />
              )}
            </Svg>
            <Text style={{ width: VALUE, textAlign: 'right', fontSize: 9, fontWeight: 700 }}>
              {format.score(score.score)}
            </Text>
          </View>
        )
      })}
      {capped && (
        <Text style={{ marginLeft: LABEL, marginTop: 2, fontSize: 7.5, color: colors.muted }}>
          {model.t.charts.notCounted}
        </Text>
      )}
    </View>
  )
}
