import { Text, View } from '@react-pdf/renderer'
import type { Finding, ScoreReport } from '../../domain/index.ts'
import { SectionTitle } from './frame.tsx'
import { LevelBars } from './level-bars.tsx'
import type { PdfMessages } from './messages.ts'
import type { PdfModel } from './model.ts'
import { RadarChart } from './radar-chart.tsx'
import { colors, styles } from './styles.ts'

function interpretation(report: ScoreReport, m: PdfMessages['summary']['interpretation']): string {
  if (report.overall === null) return m.none
  if (report.findings.some((f) => f.kind === 'toolsAheadOfFoundation')) return m.toolsAhead
  if (report.findings.some((f) => f.kind === 'weakBusinessModel')) return m.weakBusinessModel
  const { foundationIndex: f, toolIndex: t } = report
  if (t === null || (f !== null && f - t >= 10)) return m.foundationLeads
  return m.balanced
}

/** Foundation against tools, said plainly: how much of the technology counts, and why. */
function toolsSentence(model: PdfModel): string {
  const { report, format, t } = model
  const slack = format.number(model.questionnaire.scoring.toolSlack)
  const foundation = format.score(report.foundationIndex ?? 0)
  if (report.toolIndex === null || report.toolIndexCounted === null) return t.summary.toolsNone
  if (report.toolIndexCounted < report.toolIndex)
    return t.summary.toolsCapped(
      format.score(report.toolIndex),
      foundation,
      slack,
      format.score(report.toolIndexCounted),
    )
  return t.summary.toolsCarried(foundation, slack)
}

function Figure({ label, value, color }: { label: string; value: string; color: string }) {
  return (
    <View style={{ marginRight: 22 }}>
      <Text style={styles.small}>{label}</Text>
      <Text style={{ fontSize: 16, fontWeight: 700, color }}>{value}</Text>
    </View>
  )
}

function Headline({ model }: { model: PdfModel }) {
  const { report, t, format } = model
  const { completeness } = report
  const open = model.dimensions
    .map((d) => ({
      d,
      count: model.questionnaire.questions.filter((q) => q.dimension === d.id && completeness.missing.includes(q.id))
        .length,
    }))
    .filter((o) => o.count > 0)
  return (
    <View style={styles.section}>
      <Text style={styles.eyebrow}>{t.summary.overall}</Text>
      <Text style={{ fontSize: 24, fontWeight: 700, color: model.accentText }}>
        {report.overallLevel ? model.text(report.overallLevel.name) : t.summary.noScore}
      </Text>
      {report.overall !== null && (
        <Text style={{ fontSize: 12, fontWeight: 700 }}>{t.summary.of100(format.score(report.overall))}</Text>
      )}
      <Text style={[styles.paragraph, { fontSize: 11, marginTop: 6 }]}>
        {interpretation(report, t.summary.interpretation)}
      </Text>
      {report.overallLevel && (
        <Text style={[styles.paragraph, styles.muted]}>{model.text(report.overallLevel.description)}</Text>
      )}
      <View style={[styles.panel, { marginTop: 6 }]} wrap={false}>
        <View style={styles.row}>
          <Figure label={t.summary.foundation} value={format.maybe(report.foundationIndex)} color={colors.foundation} />
          <Figure label={t.summary.tools} value={format.maybe(report.toolIndex)} color={colors.tools} />
          <Figure label={t.summary.toolsCounted} value={format.maybe(report.toolIndexCounted)} color={colors.ink} />
        </View>
        <Text style={{ marginTop: 6, fontWeight: 700 }}>{t.summary.rule}</Text>
        <Text>{toolsSentence(model)}</Text>
      </View>
      <Text style={[styles.small, { marginTop: 8 }]}>
        {t.summary.completeness(completeness.answered, completeness.total, format.percent(completeness.ratio))}
        {completeness.partial ? ` ${t.summary.partial}` : ''}
        {open.length > 0
          ? ` ${t.summary.missing(format.list(open.map((o) => t.summary.missingItem(model.text(o.d.title), o.count))))}`
          : ''}
      </Text>
    </View>
  )
}

function tell(finding: Finding, model: PdfModel): { title: string; paragraphs: string[] } {
  const { t, format } = model
  const m = t.findings
  switch (finding.kind) {
    case 'weakBusinessModel':
      return {
        title: m.weakBusinessModel.title,
        paragraphs: [m.weakBusinessModel.body(format.score(finding.score), format.score(finding.threshold))],
      }
    case 'toolsAheadOfFoundation':
      return {
        title: m.toolsAhead.title,
        paragraphs: [
          m.toolsAhead.body(
            format.score(finding.toolIndex),
            format.score(finding.foundationIndex),
            format.score(model.report.toolIndexCounted ?? finding.foundationIndex),
          ),
          m.toolsAhead.story,
        ],
      }
    case 'manyUnknowns':
      return {
        title: m.manyUnknowns.title(model.dimensionTitle(finding.dimensionId)),
        paragraphs: [m.manyUnknowns.body(finding.unknown, finding.answered)],
      }
    case 'notNeededNotCounted': {
      const list = format.list(finding.questionIds.map((id) => model.text(model.question(id).title)))
      return {
        title: m.notNeeded.title,
        paragraphs: [
          m.notNeeded.body(list, format.score(finding.businessModelScore ?? 0), format.score(finding.threshold)),
        ],
      }
    }
  }
}

/** Overall level, foundation against tools, the radar and the bars: one page, at a glance. */
export function SummarySection({ model }: { model: PdfModel }) {
  const { t } = model
  return (
    <View>
      <SectionTitle model={model}>{t.summary.heading}</SectionTitle>
      <Headline model={model} />
      <View wrap={false} style={styles.section}>
        <Text style={styles.h2}>{t.charts.radarTitle}</Text>
        <View style={{ flexDirection: 'row', alignItems: 'center' }}>
          <RadarChart model={model} />
          <View style={{ flex: 1, paddingLeft: 16 }}>
            <Text style={styles.small}>{t.charts.radarNote}</Text>
            {model.team && <Text style={[styles.small, { marginTop: 4 }]}>{t.charts.teamRange}</Text>}
            <View style={{ flexDirection: 'row', marginTop: 8, alignItems: 'center' }}>
              <View
                style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: colors.foundation, marginRight: 4 }}
              />
              <Text style={[styles.small, { marginRight: 12 }]}>{t.charts.foundation}</Text>
              <View style={{ width: 8, height: 8, borderRadius: 4, backgroundColor: colors.tools, marginRight: 4 }} />
              <Text style={styles.small}>{t.charts.tools}</Text>
            </View>
          </View>
        </View>
      </View>
      <View wrap={false}>
        <Text style={[styles.h2, { marginBottom: 8 }]}>{t.charts.barsTitle}</Text>
        <LevelBars model={model} />
      </View>
    </View>
  )
}

/** The findings in plain words, each with its numbers; the CRM story when tools run ahead. */
export function FindingsSection({ model }: { model: PdfModel }) {
  const { t, report } = model
  return (
    <View>
      <SectionTitle model={model}>{t.findings.heading}</SectionTitle>
      {report.findings.length === 0 && <Text style={styles.section}>{t.findings.none}</Text>}
      {report.findings.map((finding) => {
        const told = tell(finding, model)
        return (
          <View
            key={told.title}
            style={{ marginBottom: 12, paddingLeft: 10, borderLeftWidth: 2, borderLeftColor: colors.tools }}
            wrap={false}
          >
            <Text style={styles.h3}>{told.title}</Text>
            {told.paragraphs.map((p) => (
              <Text key={p.slice(0, 40)} style={styles.paragraph}>
                {p}
              </Text>
            ))}
          </View>
        )
      })}
    </View>
  )
}
