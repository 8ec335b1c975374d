import { isTopic, sharePercent } from '../../../domain/index.ts'
import { TableScroll } from '../../../ui/table-scroll.tsx'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../format.ts'
import { teamMessages } from './team-messages.ts'
import { distribution, type TeamModel } from './team-model.ts'

/** Every question: mean, spread, agreement and how many chose each level; discussion topics stand out. */
export function QuestionSpreadTable({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).questions
  const words = useT(teamWords)
  const format = useFormat()
  return (
    <section className="card panel" aria-labelledby="workshop-questions">
      <h2 id="workshop-questions">{t.heading}</h2>
      <TableScroll label={t.caption}>
        <table className="data-table data-table-compact">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.question}</th>
              <th scope="col" className="num">
                {t.mean}
              </th>
              <th scope="col" className="num">
                {t.spread}
              </th>
              <th scope="col" className="num">
                {t.agreement}
              </th>
              <th scope="col">{t.kind}</th>
              {[0, 1, 2, 3, 4].map((level) => (
                <th key={level} scope="col" className="num">
                  {t.level(level)}
                </th>
              ))}
              <th scope="col" className="num">
                {t.dontKnow}
              </th>
              <th scope="col" className="num">
                {t.notApplicable}
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
