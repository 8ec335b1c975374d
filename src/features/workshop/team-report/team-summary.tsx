import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { Section } from '../../../ui/section.tsx'

/** The headline figures: overall, foundation, tools, and how much there is to discuss. */
export function TeamSummary({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).summary
  const format = useFormat()
  const { team, discussionTopics, agenda, consensus } = model.report
  const tiles = [
    {
      label: t.overall,
      value: format.score(team.overall),
      note: team.overallLevel ? model.text(team.overallLevel.name) : t.of100,
    },
    { label: t.foundation, value: format.score(team.foundationIndex), note: t.of100 },
    {
      label: t.tools,
      value: format.score(team.toolIndex),
      note:
        team.toolIndexCounted !== null && team.toolIndexCounted !== team.toolIndex
          ? t.toolsCounted(format.score(team.toolIndexCounted))
          : t.of100,
    },
    {
      label: t.discussion,
      value: String(discussionTopics.length),
      note: agenda.length < discussionTopics.length ? t.onAgenda(agenda.length) : '',
    },
    {
      label: t.consensus,
      value: String(consensus.length),
      note: t.ofQuestions(model.questionnaire.questions.length),
    },
  ]
  return (
    <Section id="workshop-summary" heading={t.heading} className="card panel">
      <dl className="tiles">
        {tiles.map((tile) => (
          <div key={tile.label} className="tile">
            <dt>{tile.label}</dt>
            <dd>
              <span className="tile-value">{tile.value}</span>
              {tile.note && <span className="tile-note">{tile.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  )
}
