import { TableScroll } from '../../ui/table-scroll.tsx'
import { useT } from '../../i18n/use-t.ts'
import { useFormat } from './format.ts'
import { teamMessages } from './team-messages.ts'
import { distribution, type TeamModel } from './team-model.ts'

/** Every question: mean, spread and how many chose each level; wide spreads stand out. */
export function QuestionSpreadTable({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).questions
  const format = useFormat()
  return (
    <section className="ws-section" aria-labelledby="ws-questions">
      <h2 id="ws-questions">{t.heading}</h2>
      <TableScroll label={t.caption}>
        <table className="ws-table ws-table-compact">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.question}</th>
              <th scope="col" className="ws-num">
                {t.mean}
              </th>
              <th scope="col" className="ws-num">
                {t.spread}
              </th>
              {[0, 1, 2, 3, 4].map((level) => (
                <th key={level} scope="col" className="ws-num">
                  {t.level(level)}
                </th>
              ))}
              <th scope="col" className="ws-num">
                {t.dontKnow}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.report.questions.map((q) => (
              <tr key={q.questionId} className={q.spread !== null && q.spread >= 2 ? 'ws-row-wide' : undefined}>
                <th scope="row">
                  <span className="ws-row-dimension">{model.dimensionTitle(q.dimensionId)}</span>
                  {model.text(model.question(q.questionId).title)}
                </th>
                <td className="ws-num">{format.level(q.mean)}</td>
                <td className="ws-num ws-strong">{q.spread ?? '–'}</td>
                {distribution(q).map((n, level) => (
                  <td key={level} className="ws-num">
                    {n}
                  </td>
                ))}
                <td className="ws-num">{q.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
