import { useMemo } from 'react'
import {
  compareResponses,
  localize,
  type AssessmentRecord,
  type Choice,
  type Questionnaire,
  type ScoreMove,
} from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { TableScroll } from '../../ui/table-scroll.tsx'
import { clientMessages } from './client-messages.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { assessedAt } from './read.ts'
import { ColumnHeads } from '../../ui/column-heads.tsx'

/** A column of one assessment: its short name shown, its date read out with it. */
const datedHead = (name: string, date: string) => ({
  head: (
    <>
      {name}
      <span className="visually-hidden"> ({date})</span>
    </>
  ),
  className: 'clients-num',
})

interface Side {
  record: AssessmentRecord
  questionnaire: Questionnaire
}

/** What moved from A to B: points per dimension (always), and each changed answer (same version only). */
export function ComparisonView({ a, b }: { a: Side; b: Side }) {
  const t = useT(clientMessages).compare
  const locale = useLocale()
  const format = useFormat()
  const { record: recordA, questionnaire: questionnaireA } = a
  const { record: recordB, questionnaire: questionnaireB } = b
  const comparison = useMemo(
    () =>
      compareResponses(
        { questionnaire: questionnaireA, response: recordA.response },
        { questionnaire: questionnaireB, response: recordB.response },
      ),
    [recordA, questionnaireA, recordB, questionnaireB],
  )
  const dimensionTitle = (id: string) => {
    const dimension = [...b.questionnaire.dimensions, ...a.questionnaire.dimensions].find((d) => d.id === id)
    return dimension ? localize(dimension.title, locale) : id
  }
  const questionTitle = (id: string) => {
    const question = b.questionnaire.questions.find((q) => q.id === id)
    return question ? localize(question.title, locale) : id
  }
  const score = (value: number | null) => (value === null ? t.none : format.score(value))
  const choice = (value: Choice | undefined) => (value === undefined ? t.unanswered : format.choice(value))
  const dateA = format.date(assessedAt(a.record))
  const dateB = format.date(assessedAt(b.record))
  const caption = t.caption(dateA, dateB)
  const rows: (ScoreMove & { key: string; label: string })[] = [
    ...comparison.dimensions.map((d) => ({ ...d, key: d.dimensionId, label: dimensionTitle(d.dimensionId) })),
    { ...comparison.foundation, key: 'foundation', label: t.foundation },
    { ...comparison.tools, key: 'tools', label: t.tools },
    { ...comparison.overall, key: 'overall', label: t.overall },
  ]
  const byDimension = comparison.dimensions
    .map((d) => ({ id: d.dimensionId, questions: comparison.questions.filter((q) => q.dimensionId === d.dimensionId) }))
    .filter((group) => group.questions.length > 0)
  return (
    <div className="clients-comparison">
      {!comparison.sameVersion && <p className="notice">{t.otherVersion}</p>}
      {/* Above the scroll area, not in it: a caption as wide as the table would scroll away on a phone. */}
      <p aria-hidden="true" className="clients-caption">
        {caption}
      </p>
      <TableScroll label={caption}>
        <table className="clients-table">
          <caption className="visually-hidden">{caption}</caption>
          <ColumnHeads
            columns={[
              t.dimension,
              datedHead(t.columnA, dateA),
              datedHead(t.columnB, dateB),
              { head: t.change, className: 'clients-num' },
            ]}
          />
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.key === 'overall' ? 'clients-row-total' : undefined}>
                <th scope="row">{row.label}</th>
                <td className="clients-num">{score(row.before)}</td>
                <td className="clients-num">{score(row.after)}</td>
                <td className="clients-num">{row.change === null ? t.none : format.signed(row.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {comparison.sameVersion && (
        <>
          <h3>{t.questionsHeading}</h3>
          {byDimension.length === 0 ? (
            <p>{t.noQuestions}</p>
          ) : (
            byDimension.map((group) => (
              <section key={group.id} aria-labelledby={`client-moved-${group.id}`}>
                <h4 id={`client-moved-${group.id}`}>{dimensionTitle(group.id)}</h4>
                <ul className="clients-moves">
                  {group.questions.map((q) => (
                    <li key={q.questionId}>
                      <span>{questionTitle(q.questionId)}:</span> {t.moved(choice(q.before), choice(q.after))}
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </div>
  )
}
