import { Text, View } from '@react-pdf/renderer'
import { tellFindings, tellVerdict } from '../../i18n/findings.ts'
import { tellPurchase } from '../../i18n/purchase.ts'
import { tellTeamFindings } from '../../i18n/team-words.ts'
import { KeepWithNext, SectionTitle } from './frame.tsx'
import { LevelBars } from './level-bars.tsx'
import type { PdfModel } from './model.ts'
import { RadarChart } from './radar-chart.tsx'
import { colors, styles } from './styles.ts'

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
      <Text style={styles.eyebrow}>
        {t.summary.overall}
        {report.overallLevel &&
          ` · ${t.summary.levelOf(model.questionnaire.maturityLevels.indexOf(report.overallLevel) + 1, model.questionnaire.maturityLevels.length)}`}
      </Text>
      <Text style={{ fontSize: 24, fontWeight: 700, color: model.accentText }}>
        {report.overallLevel ? model.text(report.overallLevel.name) : t.summary.noScore}
      </Text>
      {report.overall !== null && (
        <Text style={{ fontSize: 12, fontWeight: 700 }}>{t.summary.of100(format.score(report.overall))}</Text>
      )}
      <Text style={[styles.paragraph, { fontSize: 11, marginTop: 6 }]}>
        {tellVerdict(report.verdict, model.locale, 'company')}
      </Text>
      {report.overallLevel && (
        <Text style={[styles.paragraph, styles.muted]}>{model.text(report.overallLevel.description)}</Text>
      )}
      <View style={[styles.panel, { marginTop: 6 }]} wrap={false}>
        <View style={styles.row}>
          <Figure label={t.summary.foundation} value={format.score(report.foundationIndex)} color={colors.foundation} />
          <Figure label={t.summary.tools} value={format.score(report.toolIndex)} color={colors.tools} />
          <Figure label={t.summary.toolsCounted} value={format.score(report.toolIndexCounted)} color={colors.ink} />
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

/** "Before you buy" on page 1: the kind of tool offered, the verdict, and what to settle first. */
function BeforeYouBuy({ model }: { model: PdfModel }) {
  const { report, questionnaire, format } = model
  const check = report.purchase
  const item = check && questionnaire.adoption?.items.find((i) => i.id === check.itemId)
  if (!check || !item) return null
  const told = tellPurchase(
    check,
    {
      item: model.text(item.title),
      businessModelScore: format.score(check.businessModelScore),
      threshold: format.score(questionnaire.scoring.foundationCarriesFrom),
    },
    model.locale,
    'company',
  )
  return (
    <View
      wrap={false}
      style={[
        styles.section,
        {
          paddingLeft: 10,
          borderLeftWidth: 2,
          borderLeftColor: check.verdict === 'carried' ? colors.foundation : colors.tools,
        },
      ]}
    >
      <Text style={styles.h3}>{told.heading}</Text>
      <Text style={[styles.paragraph, { fontWeight: 700 }]}>{told.verdict}</Text>
      <Text style={styles.paragraph}>{told.body}</Text>
      {told.openLabel && (
        <Text style={styles.paragraph}>
          {told.openLabel} {format.list(check.open.map((p) => model.text(model.question(p.questionId).title)))}
        </Text>
      )}
    </View>
  )
}

/** Overall level, foundation against tools, the radar and the bars: one page, at a glance. */
export function SummarySection({ model }: { model: PdfModel }) {
  const { t } = model
  return (
    <View>
      <SectionTitle model={model}>{t.summary.heading}</SectionTitle>
      <Headline model={model} />
      <BeforeYouBuy model={model} />
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

type ToldFinding = ReturnType<typeof tellFindings>[number] | ReturnType<typeof tellTeamFindings>[number]

/** One finding: its title, what it means, and what it concerns. */
function Finding({ model, finding }: { model: PdfModel; finding: ToldFinding }) {
  return (
    <View
      style={{
        marginBottom: 12,
        paddingLeft: 10,
        borderLeftWidth: 2,
        borderLeftColor: finding.tone === 'positive' ? colors.foundation : colors.tools,
      }}
      wrap={false}
    >
      <Text style={styles.h3}>{finding.title}</Text>
      {finding.paragraphs.map((p) => (
        <Text key={p.slice(0, 40)} style={styles.paragraph}>
          {p}
        </Text>
      ))}
      {finding.list && (
        <Text style={styles.paragraph}>
          {finding.list.label} {model.format.list(finding.list.items)}
        </Text>
      )}
    </View>
  )
}

/** The findings in plain words, each with its numbers; the CRM story when tools run ahead. */
export function FindingsSection({ model }: { model: PdfModel }) {
  const { t, report, team } = model
  const told = [
    ...tellFindings(report, model.questionnaire, model.locale, team ? 'team' : 'company'),
    // A team's findings on what it does not know, named as the rest of the document names people.
    ...(team
      ? tellTeamFindings(team.report.findings, {
          locale: model.locale,
          questionnaire: model.questionnaire,
          participantLabel: (i) => team.labels[i]!,
        })
      : []),
  ]
  return (
    <View>
      <KeepWithNext>
        <SectionTitle model={model}>{t.findings.heading}</SectionTitle>
        {told.length === 0 ? (
          <Text style={styles.section}>{t.findings.none}</Text>
        ) : (
          <Finding model={model} finding={told[0]!} />
        )}
      </KeepWithNext>
      {told.slice(1).map((finding) => (
        <Finding key={finding.key} model={model} finding={finding} />
      ))}
    </View>
  )
}
