import { Circle, Line, Rect, Svg, Text as SvgText, Text, View } from '@react-pdf/renderer'
import { adoptionChoiceOf, LABELS, quadrantOf, type Quadrant } from '../../domain/index.ts'
import { adoptionMapMessages } from '../../i18n/adoption-map.ts'
import { splitName } from '../../ui/adoption-map.tsx'
import { PDF_FONT } from './fonts.ts'
import type { PdfModel } from './model.ts'
import { colors, styles } from './styles.ts'

const SIZE = 210
const PAD = { left: 34, right: 8, top: 8, bottom: 28 }
const INNER_W = SIZE - PAD.left - PAD.right
const INNER_H = SIZE - PAD.top - PAD.bottom
const clamp = (v: number) => Math.min(Math.max(v, 0), 100)
const x = (v: number) => PAD.left + (clamp(v) / 100) * INNER_W
const y = (v: number) => PAD.top + (1 - clamp(v) / 100) * INNER_H
const WARN_FILL = colors.toolsSoft

/**
 * The map of foundation (across) against tools introduced (up) as vector graphics, the company or
 * team as a large point and each participant as a small one, with a table that says the same.
 */
export function AdoptionMapSection({ model }: { model: PdfModel }) {
  const { questionnaire, report, team, format, locale } = model
  if (!questionnaire.adoption) return null
  const t = adoptionMapMessages[locale]
  const { scoring } = questionnaire
  const adoption = report.adoption?.index ?? null
  const quadrant = report.quadrant
  const who = team ? t.team : t.company
  const people = team
    ? team.report.points.flatMap((p, i) =>
        p.businessModelScore === null || p.adoptionIndex === null
          ? []
          : [{ label: team.labels[i]!, foundation: p.businessModelScore, adoption: p.adoptionIndex }],
      )
    : []
  const splitX = x(scoring.foundationCarriesFrom)
  const splitY = y(scoring.adoptionLagsBelow)
  // Each field's name on one or two lines, as on screen, so a narrow field's name stays inside it.
  const label = (q: Quadrant, lx: number, ly: number, anchor: 'start' | 'end') => {
    const lines = splitName(t.quadrants[q])
    const top = ly < SIZE / 2
    return lines.map((line, i) => (
      <SvgText
        key={`${q}-${i}`}
        x={lx}
        y={top ? ly + 8 * i : ly - 8 * (lines.length - 1 - i)}
        textAnchor={anchor}
        style={{ fontFamily: PDF_FONT, fontSize: 7, fontWeight: 700 }}
        fill={colors.muted}
      >
        {line}
      </SvgText>
    ))
  }
  return (
    <View wrap={false} style={styles.section}>
      <Text style={styles.h2}>{t.heading}</Text>
      <Text style={[styles.small, { marginBottom: 6 }]}>{t.lead}</Text>
      {report.businessModelScore === null || adoption === null || quadrant === null ? (
        <Text style={styles.paragraph}>{t.noInventory}</Text>
      ) : (
        <View style={{ flexDirection: 'row', alignItems: 'flex-start' }}>
          <Svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`}>
            <Rect x={PAD.left} y={PAD.top} width={splitX - PAD.left} height={splitY - PAD.top} fill={WARN_FILL} />
            <Rect
              x={PAD.left}
              y={PAD.top}
              width={INNER_W}
              height={INNER_H}
              fill="none"
              stroke={colors.faint}
              strokeWidth={0.6}
            />
            <Line
              x1={splitX}
              x2={splitX}
              y1={PAD.top}
              y2={PAD.top + INNER_H}
              stroke={colors.muted}
              strokeWidth={0.6}
              strokeDasharray="3 2"
            />
            <Line
              x1={PAD.left}
              x2={PAD.left + INNER_W}
              y1={splitY}
              y2={splitY}
              stroke={colors.muted}
              strokeWidth={0.6}
              strokeDasharray="3 2"
            />
            {label('toolsFirst', PAD.left + 4, PAD.top + 10, 'start')}
            {label('groundedEquipped', SIZE - PAD.right - 4, PAD.top + 10, 'end')}
            {label('notYetStarted', PAD.left + 4, PAD.top + INNER_H - 5, 'start')}
            {label('groundedLean', SIZE - PAD.right - 4, PAD.top + INNER_H - 5, 'end')}
            {[0, 50, 100].map((tick) => (
              <SvgText
                key={`x${tick}`}
                x={x(tick)}
                y={PAD.top + INNER_H + 10}
                textAnchor="middle"
                style={{ fontFamily: PDF_FONT, fontSize: 7 }}
                fill={colors.muted}
              >
                {String(tick)}
              </SvgText>
            ))}
            {[0, 50, 100].map((tick) => (
              <SvgText
                key={`y${tick}`}
                x={PAD.left - 4}
                y={y(tick) + 2.5}
                textAnchor="end"
                style={{ fontFamily: PDF_FONT, fontSize: 7 }}
                fill={colors.muted}
              >
                {String(tick)}
              </SvgText>
            ))}
            <SvgText
              x={PAD.left + INNER_W / 2}
              y={SIZE - 4}
              textAnchor="middle"
              style={{ fontFamily: PDF_FONT, fontSize: 7.5 }}
              fill={colors.ink}
            >
              {t.foundationAxis}
            </SvgText>
            <SvgText
              x={8}
              y={PAD.top + INNER_H / 2}
              textAnchor="middle"
              transform={`rotate(-90, 8, ${PAD.top + INNER_H / 2})`}
              style={{ fontFamily: PDF_FONT, fontSize: 7.5 }}
              fill={colors.ink}
            >
              {t.adoptionAxis}
            </SvgText>
            {people.map((p) => (
              <Circle
                key={p.label}
                cx={x(p.foundation)}
                cy={y(p.adoption)}
                r={2.4}
                fill={colors.tools}
                fillOpacity={0.7}
              />
            ))}
            <Circle
              cx={x(report.businessModelScore)}
              cy={y(adoption)}
              r={5}
              fill={colors.foundation}
              stroke={colors.surface}
              strokeWidth={1.2}
            />
            <SvgText
              x={x(report.businessModelScore) + (report.businessModelScore > 70 ? -8 : 8)}
              y={y(adoption) + (adoption > 85 ? 12 : -6)}
              textAnchor={report.businessModelScore > 70 ? 'end' : 'start'}
              style={{ fontFamily: PDF_FONT, fontSize: 7.5, fontWeight: 700 }}
              fill={colors.ink}
            >
              {who}
            </SvgText>
          </Svg>
          <View style={{ flex: 1, paddingLeft: 14 }}>
            <Text style={[styles.h3, { marginTop: 6 }]}>
              {who}: {t.quadrants[quadrant]}
            </Text>
            <Text style={styles.paragraph}>
              {quadrant === 'toolsFirst' && !report.findings.some((f) => f.kind === 'adoptionAheadOfFoundation')
                ? t.toolsFirstButUsed
                : t.quadrantMeaning[quadrant]}
            </Text>
            <Text style={styles.small}>
              {t.foundation}: {format.score(report.businessModelScore)} · {t.adoption}: {format.score(adoption)}
              {report.adoption?.useRate != null ? ` · ${t.useRate}: ${format.percent(report.adoption.useRate)}` : ''}
            </Text>
            {!team && report.adoption && report.adoption.answered > 0 && (
              <Text style={[styles.small, { marginTop: 4 }]}>
                {t.inventory}:{' '}
                {questionnaire.adoption.items
                  .flatMap((item) => {
                    const choice =
                      model.input.kind === 'solo' ? adoptionChoiceOf(model.input.response.adoption, item.id) : undefined
                    return choice ? [`${model.text(item.title)} – ${LABELS[locale].adoption[choice]}`] : []
                  })
                  .join(' · ')}
              </Text>
            )}
            {people.length > 0 && people.length <= 12 && (
              <Text style={[styles.small, { marginTop: 4 }]}>
                {people
                  .map(
                    (p) =>
                      `${p.label} ${format.score(p.foundation)} / ${format.score(p.adoption)} (${t.quadrants[quadrantOf(p.foundation, p.adoption, scoring)!]})`,
                  )
                  .join(' · ')}
              </Text>
            )}
          </View>
        </View>
      )}
    </View>
  )
}
