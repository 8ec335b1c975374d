import { isTopic, sharePercent } from '../../../domain/index.ts'
import { TableScroll } from '../../../ui/table-scroll.tsx'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { teamMessages } from './team-messages.ts'
import { distribution, type TeamModel } from './team-model.ts'

/** Every question: mean, spread, agreement and how many chose each level; discussion topics stand out. */
export function QuestionSpreadTable({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).questions
  const words = useT(teamWords)
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
              <th scope="col" className="ws-num">
                {t.agreement}
              </th>
              <th scope="col">{t.kind}</th>
              {[0, 1, 2, 3, 4].map((level) => (
                <th key={level} scope="col" className="ws-num">
                  {t.level(level)}
                </th>
              ))}
              <th scope="col" className="ws-num">
                {t.dontKnow}
              </th>
              <th scope="col" className="ws-num">
                {t.notApplicable}
              </th>
            </tr>
          </thead>
          <tbody>
            {model.report.questions.map((q) => (
              <tr key={q.questionId} className={isTopic(q.kind) ? 'ws-row-wide' : undefined}>
                <th scope="row">
                  <span className="ws-row-dimension">{model.dimensionTitle(q.dimensionId)}</span>
                  {model.text(model.question(q.questionId).title)}
                </th>
                <td className="ws-num">{format.level(q.mean)}</td>
                <td className="ws-num">{q.spread ?? '–'}</td>
                <td className="ws-num ws-strong">{q.agreement === null ? '–' : sharePercent(q.agreement)}</td>
                <td>{words.kinds[q.kind]}</td>
                {distribution(q).map((n, level) => (
                  <td key={level} className="ws-num">
                    {n}
                  </td>
                ))}
                <td className="ws-num">{q.unknown}</td>
                <td className="ws-num">{q.notApplicable}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
