import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { reportMessages } from '../messages.ts'
import type { Comparison, ReportModel } from '../model.ts'
import { LevelBars } from './level-bars.tsx'
import { ProfileRadar } from './profile-radar.tsx'
import { profileRows } from './profile-rows.ts'
import { ProfileTable } from './profile-table.tsx'
import { ChartLegend } from '../../../ui/chart-legend.tsx'
import { Section } from '../../../ui/section.tsx'

const swatch = (kind: string) => `report-swatch report-swatch-${kind}`

export function ChartsSection({ model, comparison }: { model: ReportModel; comparison: Comparison | null }) {
  const m = useT(reportMessages)
  const t = m.charts
  const format = useFormat()
  const rows = profileRows(model, comparison)
  const earlierDate = comparison ? format.date(comparison.keptAt) : null
  const summary = rows
    .map(
      (r) =>
        `${r.title} (${r.layer === 'tools' ? m.table.tools : m.table.foundation}) ${r.score === null ? m.table.none : format.score(r.score)}`,
    )
    .join('; ')
  // The cap the domain applies (F + slack; an unassessed foundation carries only the slack).
  const { toolCap } = model.report
  const levels = model.questionnaire.maturityLevels.map((level) => ({
    level,
    name: model.text(level.name),
  }))
  const hasTarget = rows.some((r) => r.target !== null)
  const capped = rows.some((r) => r.layer === 'tools' && toolCap !== null && (r.score ?? 0) > toolCap)
  return (
    <Section id="report-charts" heading={t.heading} className="report-section report-charts">
      <div className="report-chart-grid">
        <figure className="report-figure">
          <figcaption>{t.radarTitle}</figcaption>
          <div role="img" aria-label={t.radarLabel(summary)} className="report-chart">
            <ProfileRadar rows={rows} />
          </div>
        </figure>
        <div className="report-chart-aside">
          <p>{t.reading}</p>
          <ChartLegend
            className="report-legend"
            entries={[
              { swatch: swatch('foundation'), label: t.legendFoundation },
              { swatch: swatch('tools'), label: t.legendTools },
              capped && { swatch: swatch('hatch'), label: t.legendCounted },
              hasTarget && { swatch: swatch('target'), label: t.legendTarget },
              earlierDate !== null && { swatch: swatch('earlier'), label: t.legendEarlier(earlierDate) },
            ]}
          />
        </div>
        <figure className="report-figure report-figure-wide">
          <figcaption>{t.barsTitle}</figcaption>
          <div role="img" aria-label={t.barsLabel(summary)} className="report-chart">
            <LevelBars rows={rows} levels={levels} toolCap={toolCap} />
          </div>
        </figure>
      </div>
      <details className="report-details">
        <summary>{t.showTable}</summary>
        <ProfileTable rows={rows} earlierDate={earlierDate} />
      </details>
    </Section>
  )
}
