import { isTopic, sharePercent } from '../../../domain/index.ts'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { teamMessages } from './team-messages.ts'
import { distribution, type TeamModel } from './team-model.ts'
import { figures, TeamTable } from './team-table.tsx'
import { Section } from '../../../ui/section.tsx'

/** Every question: mean, spread, agreement and how many chose each level; discussion topics stand out. */
export function QuestionSpreadTable({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).questions
  const words = useT(teamWords)
  const format = useFormat()
  return (
    <Section id="workshop-questions" heading={t.heading} className="card panel">
      <TeamTable
        caption={t.caption}
        columns={[
          t.question,
          ...figures(t.mean, t.spread, t.agreement),
          t.kind,
          ...figures(...[0, 1, 2, 3, 4].map((level) => t.level(level)), t.dontKnow, t.notApplicable),
        ]}
      >
        {model.report.questions.map((q) => (
          <tr key={q.questionId} className={isTopic(q.kind) ? 'row-wide' : undefined}>
            <th scope="row">
              <span className="row-dimension">{model.dimensionTitle(q.dimensionId)}</span>
              {model.text(model.question(q.questionId).title)}
            </th>
            <td className="num">{format.level(q.mean)}</td>
            <td className="num">{q.spread ?? '–'}</td>
            <td className="num strong-text">{q.agreement === null ? '–' : sharePercent(q.agreement)}</td>
            <td>{words.kinds[q.kind]}</td>
            {distribution(q).map((n, level) => (
              <td key={level} className="num">
                {n}
              </td>
            ))}
            <td className="num">{q.unknown}</td>
            <td className="num">{q.notApplicable}</td>
          </tr>
        ))}
      </TeamTable>
    </Section>
  )
}
