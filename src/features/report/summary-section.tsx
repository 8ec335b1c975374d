import { Link } from 'react-router'
import { tellVerdict } from '../../i18n/findings.ts'
import { useT } from '../../i18n/use-t.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { reportMessages } from './messages.ts'
import type { ReportModel } from './model.ts'
import { paths } from '../../ui/paths.ts'
import { TermList } from './term-list.tsx'

/** Missing questions per dimension, in questionnaire order, each with a link back to it. */
function MissingList({ model }: { model: ReportModel }) {
  const t = useT(reportMessages).summary
  const missing = new Set(model.report.completeness.missing)
  const open = model.dimensions
    .map((d) => ({
      dimension: d,
      count: model.questionnaire.questions.filter((q) => q.dimension === d.id && missing.has(q.id)).length,
    }))
    .filter((d) => d.count > 0)
  return (
    <div className="report-missing">
      <h3>{t.missingHeading}</h3>
      <ul>
        {open.map(({ dimension, count }) => (
          <li key={dimension.id}>
            <Link to={paths.step(dimension.id)}>{t.missingLink(model.text(dimension.title), count)}</Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function SummarySection({ model }: { model: ReportModel }) {
  const m = useT(reportMessages)
  const t = m.summary
  const format = useFormat()
  const { report } = model
  const { completeness } = report
  const figure = (value: number | null) => (value === null ? '–' : format.score(value))
  return (
    <section className="report-section report-summary" aria-labelledby="report-summary">
      <h2 id="report-summary" className="visually-hidden">
        {t.heading}
      </h2>
      <div className="report-headline">
        <p className="report-eyebrow">
          {t.overall}
          {report.overallLevel &&
            ` · ${t.levelOf(model.questionnaire.maturityLevels.indexOf(report.overallLevel) + 1, model.questionnaire.maturityLevels.length)}`}
        </p>
        <p className="report-level-name">{report.overallLevel ? model.text(report.overallLevel.name) : t.noScore}</p>
        {report.overall !== null && <p className="report-overall-score">{t.of100(format.score(report.overall))}</p>}
        <p className="report-interpretation">{tellVerdict(report.verdict, model.locale, 'you')}</p>
        {report.overallLevel && (
          <p className="report-level-description">{model.text(report.overallLevel.description)}</p>
        )}
      </div>
      <div className="report-side">
        <h3 className="visually-hidden">{t.figures}</h3>
        <TermList
          className="report-figures"
          describedBy="report-figures-note"
          terms={[
            [t.foundation, figure(report.foundationIndex)],
            [t.tools, figure(report.toolIndex)],
            [t.toolsCounted, figure(report.toolIndexCounted)],
          ]}
        />
        <p id="report-figures-note" className="muted report-figures-note">
          {m.figuresNote(format.score(model.questionnaire.scoring.toolSlack).replace(/,0$|\.0$/, ''))}
        </p>
        <div className="report-completeness">
          <p>{t.completeness(completeness.answered, completeness.total, format.percent(completeness.ratio))}</p>
          <div className="report-meter" aria-hidden="true">
            <span style={{ width: `${completeness.ratio * 100}%` }} />
          </div>
          <p className="muted">{completeness.partial ? t.partial : t.complete}</p>
        </div>
        {completeness.partial && <MissingList model={model} />}
        <ul className="report-mini-profile" aria-label={t.profile}>
          {model.dimensions.map((d) => {
            const score = report.dimensions.find((s) => s.dimensionId === d.id)?.score ?? null
            return (
              <li key={d.id} className={`report-layer-${d.layer}`}>
                <span>{model.text(d.title)}</span>
                <span className="report-mini-bar" aria-hidden="true">
                  <span style={{ width: `${score ?? 0}%` }} />
                </span>
                <span className="report-num">{figure(score)}</span>
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}
