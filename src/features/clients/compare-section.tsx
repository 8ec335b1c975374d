import { useId, useState } from 'react'
import { questionnaireKey, type AssessmentRecord, type Questionnaire } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { clientMessages } from './client-messages.ts'
import { ComparisonView } from './comparison-view.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { assessedAt } from './read.ts'

interface CompareSectionProps {
  /** Newest first. */
  assessments: AssessmentRecord[]
  questionnaires: ReadonlyMap<string, Questionnaire | null>
}

const keyOf = (record: AssessmentRecord) =>
  questionnaireKey(record.response.questionnaire.id, record.response.questionnaire.version)

/** Any two of a client's assessments side by side; by default the two newest. */
export function CompareSection({ assessments, questionnaires }: CompareSectionProps) {
  const t = useT(clientMessages)
  const format = useFormat()
  const id = useId()
  const [chosen, setChosen] = useState<{ a?: string; b?: string }>({})
  // A chosen assessment deleted meanwhile falls back to the default.
  const a = assessments.find((r) => r.id === chosen.a) ?? assessments[1]
  const b = assessments.find((r) => r.id === chosen.b) ?? assessments[0]
  const label = (record: AssessmentRecord) =>
    t.compare.option(format.dateTime(assessedAt(record)), record.keptAt ? t.timeline.kept : t.timeline.inProgress)
  const select = (side: 'a' | 'b', value: AssessmentRecord | undefined) => (
    <div className="field">
      <label htmlFor={`${id}-${side}`}>{side === 'a' ? t.compare.a : t.compare.b}</label>
      <select
        id={`${id}-${side}`}
        value={value?.id ?? ''}
        onChange={(event) => setChosen((c) => ({ ...c, [side]: event.target.value }))}
      >
        {assessments.map((record) => (
          <option key={record.id} value={record.id}>
            {label(record)}
          </option>
        ))}
      </select>
    </div>
  )
  const qa = a && questionnaires.get(keyOf(a))
  const qb = b && questionnaires.get(keyOf(b))
  return (
    <section className="clients-section" aria-labelledby="client-compare">
      <h2 id="client-compare">{t.compare.heading}</h2>
      {!a || !b ? (
        <p>{t.compare.needTwo}</p>
      ) : (
        <>
          <p>{t.compare.intro}</p>
          <div className="clients-compare-choice">
            {select('a', a)}
            {select('b', b)}
          </div>
          {a.id === b.id ? (
            <p role="status">{t.compare.same}</p>
          ) : qa === undefined || qb === undefined ? (
            <p role="status" className="loading">
              {t.compare.loading}
            </p>
          ) : qa === null || qb === null ? (
            <p className="notice notice-warning">{t.compare.missing}</p>
          ) : (
            <ComparisonView a={{ record: a, questionnaire: qa }} b={{ record: b, questionnaire: qb }} />
          )}
        </>
      )}
    </section>
  )
}
