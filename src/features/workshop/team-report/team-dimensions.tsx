import { useChartWidth } from './chart-width.ts'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { TeamRadar } from './team-radar.tsx'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { figures, TeamTable } from './team-table.tsx'
import { ChartLegend } from '../../../ui/chart-legend.tsx'
import { Section } from '../../../ui/section.tsx'

/** The radar with its band, and the same numbers as a table. */
export function TeamDimensions({ model }: { model: TeamModel }) {
  const chartWidth = useChartWidth()
  const t = useT(teamMessages).dimensions
  const words = useT(teamWords)
  const format = useFormat()
  const rows = model.report.dimensions.map((d) => ({
    id: d.dimensionId,
    title: model.dimensionTitle(d.dimensionId),
    team: d.teamScore,
    individualMean: d.individualMean,
    min: d.min,
    max: d.max,
    spread: d.spread,
  }))
  const summary = rows
    .map((r) => `${r.title} ${format.score(r.team)} (${format.score(r.min)}–${format.score(r.max)})`)
    .join('; ')
  return (
    <Section id="workshop-team-dimensions" heading={t.heading} className="card panel">
      <p className="muted">{t.lead}</p>
      <div className="team-dimensions">
        <figure className="chart-figure">
          <div role="img" aria-label={t.radarLabel(summary)}>
            <TeamRadar
              width={chartWidth}
              rows={rows.map((r) => ({ title: r.title, team: r.team ?? 0, range: [r.min ?? 0, r.max ?? 0] }))}
            />
          </div>
          <figcaption>
            <ChartLegend
              className="chart-legend"
              entries={[
                { swatch: 'swatch swatch-team', label: t.legendTeam },
                { swatch: 'swatch swatch-band', label: t.legendBand },
              ]}
            />
          </figcaption>
        </figure>
        <TeamTable
          caption={t.caption}
          columns={[t.dimension, ...figures(words.teamScore, words.individualMean, t.min, t.max, t.spread)]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td className="num strong-text">{format.score(r.team)}</td>
              <td className="num">{format.score(r.individualMean)}</td>
              <td className="num">{format.score(r.min)}</td>
              <td className="num">{format.score(r.max)}</td>
              <td className="num">{format.score(r.spread)}</td>
            </tr>
          ))}
        </TeamTable>
      </div>
      <p className="muted">{words.figuresNote}</p>
    </Section>
  )
}
