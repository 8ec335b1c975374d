import { useChartWidth } from './chart-width.ts'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { TeamRadar } from './team-radar.tsx'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { TeamTable } from './team-table.tsx'

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
    <section className="ws-section" aria-labelledby="ws-team-dimensions">
      <h2 id="ws-team-dimensions">{t.heading}</h2>
      <p className="ws-muted">{t.lead}</p>
      <div className="ws-team-dimensions">
        <figure className="ws-figure">
          <div role="img" aria-label={t.radarLabel(summary)}>
            <TeamRadar
              width={chartWidth}
              rows={rows.map((r) => ({ title: r.title, team: r.team ?? 0, range: [r.min ?? 0, r.max ?? 0] }))}
            />
          </div>
          <figcaption>
            <ul className="ws-legend" aria-hidden="true">
              <li>
                <span className="ws-swatch ws-swatch-team" />
                {t.legendTeam}
              </li>
              <li>
                <span className="ws-swatch ws-swatch-band" />
                {t.legendBand}
              </li>
            </ul>
          </figcaption>
        </figure>
        <TeamTable
          caption={t.caption}
          columns={[
            t.dimension,
            { numeric: words.teamScore },
            { numeric: words.individualMean },
            { numeric: t.min },
            { numeric: t.max },
            { numeric: t.spread },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.title}</th>
              <td className="ws-num ws-strong">{format.score(r.team)}</td>
              <td className="ws-num">{format.score(r.individualMean)}</td>
              <td className="ws-num">{format.score(r.min)}</td>
              <td className="ws-num">{format.score(r.max)}</td>
              <td className="ws-num">{format.score(r.spread)}</td>
            </tr>
          ))}
        </TeamTable>
      </div>
      <p className="ws-muted">{words.figuresNote}</p>
    </section>
  )
}
