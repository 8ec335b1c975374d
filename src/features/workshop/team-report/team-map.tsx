import { quadrantOf } from '../../../domain/index.ts'
import { adoptionMapMessages } from '../../../i18n/adoption-map.ts'
import { useT } from '../../../i18n/use-t.ts'
import { AdoptionMap, type MapPointView } from '../../../ui/adoption-map.tsx'
import { useFormat } from '../../../i18n/use-format.ts'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import type { TeamModel } from './team-model.ts'
import { figures, TeamTable } from './team-table.tsx'
import { Section } from '../../../ui/section.tsx'

/** The team and every participant on the map of foundation against tools introduced, with the same as a table. */
export function TeamMap({ model, showNames }: { model: TeamModel; showNames: boolean }) {
  const t = useT(adoptionMapMessages)
  const w = useT(workshopMessages)
  const format = useFormat()
  const { questionnaire, report, participants } = model
  if (!questionnaire.adoption) return null
  const { scoring } = questionnaire
  const team = report.team
  const rows = participants.map((p, i) => ({
    key: p.id,
    label: participantLabel(w, p, i, showNames),
    foundation: report.points[i]?.businessModelScore ?? null,
    adoption: report.points[i]?.adoptionIndex ?? null,
  }))
  const teamAdoption = team.adoption?.index ?? null
  const placed: MapPointView[] = rows.flatMap((r) =>
    r.foundation === null || r.adoption === null
      ? []
      : [{ key: r.key, label: r.label, foundation: r.foundation, adoption: r.adoption, emphasis: false }],
  )
  if (team.businessModelScore !== null && teamAdoption !== null)
    placed.push({
      key: 'team',
      label: t.team,
      foundation: team.businessModelScore,
      adoption: teamAdoption,
      emphasis: true,
    })
  const quadrantName = (f: number | null, a: number | null) => {
    const q = quadrantOf(f, a, scoring)
    return q ? t.quadrants[q] : t.none
  }
  return (
    <Section id="workshop-map" heading={t.heading} className="card panel">
      <p>{t.lead}</p>
      {placed.length === 0 ? (
        <p>{t.noInventory}</p>
      ) : (
        <div className="map-grid">
          <AdoptionMap
            points={placed}
            foundationSplit={scoring.foundationCarriesFrom}
            adoptionSplit={scoring.adoptionLagsBelow}
            quadrantNames={t.quadrants}
            foundationAxis={t.foundationAxis}
            adoptionAxis={t.adoptionAxis}
            label={t.chartLabel(
              t.pointSummary(
                t.team,
                format.score(team.businessModelScore),
                format.score(teamAdoption),
                quadrantName(team.businessModelScore, teamAdoption),
              ),
            )}
          />
          <TeamTable caption={t.tableCaption} columns={[t.who, ...figures(t.foundation, t.adoption), t.quadrant]}>
            <tr>
              <th scope="row">{t.team}</th>
              <td className="num">{format.score(team.businessModelScore)}</td>
              <td className="num">{format.score(teamAdoption)}</td>
              <td>{quadrantName(team.businessModelScore, teamAdoption)}</td>
            </tr>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{format.score(r.foundation)}</td>
                <td className="num">{format.score(r.adoption)}</td>
                <td>{quadrantName(r.foundation, r.adoption)}</td>
              </tr>
            ))}
          </TeamTable>
        </div>
      )}
    </Section>
  )
}
