import { useMemo, useState, type ReactNode } from 'react'
import { localize, roundScore, type Question, type Questionnaire } from '../../domain/index.ts'
import { tellFindings, tellVerdict } from '../../i18n/findings.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { editorMessages } from './messages.ts'
import { SAMPLES, scoreSample, type Sample } from './sample.ts'
import { ColumnHeads } from '../../ui/column-heads.tsx'

/** What the app puts in the preview to show a question as the assessment does (a slot: features do not import each other). */
export type QuestionPreview = (props: { question: Question; position: number; count: number }) => ReactNode

interface PreviewProps {
  draft: Questionnaire
  /** The last state of the draft that passed the schema: what can be scored. */
  valid: Questionnaire
  validNow: boolean
  questionIndex: number
  renderQuestion?: QuestionPreview | undefined
  /** The sample report first (while weights and parameters are edited). */
  reportFirst?: boolean
}

/** The selected question as the assessment shows it, and the draft scored on a sample company. */
export function Preview({ draft, valid, validNow, questionIndex, renderQuestion, reportFirst = false }: PreviewProps) {
  const t = useT(editorMessages).preview
  const question = draft.questions[questionIndex] ?? draft.questions[0]
  const siblings = question ? draft.questions.filter((q) => q.dimension === question.dimension) : []
  return (
    <section className="editor-preview" aria-labelledby="editor-preview-heading">
      <h2 id="editor-preview-heading">{t.heading}</h2>
      {reportFirst && <SampleReport questionnaire={valid} stale={!validNow} />}
      {question && renderQuestion && (
        <div className="editor-preview-card">
          <h3>{t.card}</h3>
          <p className="field-hint">{t.language}</p>
          {renderQuestion({ question, position: siblings.indexOf(question) + 1, count: siblings.length })}
        </div>
      )}
      {!reportFirst && <SampleReport questionnaire={valid} stale={!validNow} />}
    </section>
  )
}

function SampleReport({ questionnaire, stale }: { questionnaire: Questionnaire; stale: boolean }) {
  const t = useT(editorMessages).preview
  const locale = useLocale()
  const [sample, setSample] = useState<Sample>('middle')
  const report = useMemo(() => scoreSample(questionnaire, sample), [questionnaire, sample])
  const findings = useMemo(
    () => tellFindings(report, questionnaire, locale, 'company'),
    [report, questionnaire, locale],
  )
  const score = (value: number | null) => (value === null ? t.none : roundScore(value).toLocaleString(locale))
  return (
    <div className="editor-preview-report">
      <h3>{t.report}</h3>
      <p className="field-hint">{t.reportIntro}</p>
      {stale && <p className="notice notice-warning">{t.invalid}</p>}
      <div className="field">
        <label htmlFor="editor-sample">{t.sample}</label>
        <select id="editor-sample" value={sample} onChange={(e) => setSample(e.currentTarget.value as Sample)}>
          {SAMPLES.map((s) => (
            <option key={s} value={s}>
              {t.samples[s]}
            </option>
          ))}
        </select>
      </div>
      <p className="editor-verdict">
        <strong>{tellVerdict(report.verdict, locale, 'company')}</strong>
      </p>
      <table className="editor-scores">
        <ColumnHeads columns={[t.area, t.score, t.level]} />
        <tbody>
          {report.dimensions.map((d, i) => (
            <tr key={i}>
              <th scope="row">{localize(questionnaire.dimensions[i]!.title, locale)}</th>
              <td>
                <span className="editor-bar" aria-hidden="true">
                  <span style={{ width: `${d.score ?? 0}%` }} />
                </span>
                {score(d.score)}
              </td>
              <td>{d.level ? localize(d.level.name, locale) : t.none}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.foundation}</th>
            <td colSpan={2}>{score(report.foundationIndex)}</td>
          </tr>
          <tr>
            <th scope="row">{t.tools}</th>
            <td colSpan={2}>{score(report.toolIndexCounted)}</td>
          </tr>
          <tr>
            <th scope="row">{t.overall}</th>
            <td>{score(report.overall)}</td>
            <td>{report.overallLevel ? localize(report.overallLevel.name, locale) : t.none}</td>
          </tr>
        </tfoot>
      </table>
      {findings.length > 0 && (
        <>
          <h4>{t.findings}</h4>
          <ul className="editor-findings">
            {findings.map((f) => (
              <li key={f.key}>{f.title}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
