import { Suspense, useMemo, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { scoreAnswers } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useHistoryStore } from '../../store/history-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { BrandingLine } from '../branding/branding-line.tsx'
import { ActionPlanSection } from './action-plan-section.tsx'
import { ChartsSection } from './charts/charts-section.tsx'
import { FoundationSection, ToolsSection } from './dimensions-section.tsx'
import { FindingsSection } from './findings-section.tsx'
import { useFormat } from './format.ts'
import { HistorySection } from './history-section.tsx'
import { reportMessages } from './messages.ts'
import { buildModel, type Comparison } from './model.ts'
import './report.css'
import { SummarySection } from './summary-section.tsx'
import { TargetProfileSection } from './target-profile-section.tsx'

function Report({ actions }: { actions?: ReactNode }) {
  const t = useT(reportMessages)
  const format = useFormat()
  const locale = useLocale()
  const questionnaire = useActiveQuestionnaire()
  const response = useAssessmentStore((s) => s.response)
  const allEntries = useHistoryStore((s) => s.entries)
  const [compareId, setCompareId] = useState<string | null>(null)
  const model = useMemo(
    () => (response ? buildModel(questionnaire, response, locale) : null),
    [questionnaire, response, locale],
  )
  // Only entries of this questionnaire version are comparable; they are scored, never stored scored.
  const entries = useMemo(
    () =>
      allEntries
        .filter(
          (e) =>
            e.response.questionnaire.id === questionnaire.id &&
            e.response.questionnaire.version === questionnaire.version,
        )
        .map((entry) => ({
          entry,
          report: scoreAnswers(questionnaire, entry.response.answers, entry.response.targets),
        })),
    [allEntries, questionnaire],
  )

  if (!model)
    return (
      <article className="report report-empty" aria-labelledby="report-title">
        <h1 id="report-title">{t.empty.heading}</h1>
        <p>{t.empty.body}</p>
        <Link to="/" className="button button-primary">
          {t.empty.start}
        </Link>
      </article>
    )

  const compared = entries.find((e) => e.entry.id === compareId)
  const comparison: Comparison | null = compared ? { keptAt: compared.entry.keptAt, report: compared.report } : null
  const company = model.response.company?.name
  return (
    <article className="report" aria-labelledby="report-title">
      <BrandingLine />
      <header className="report-header">
        <div>
          <p className="report-eyebrow">{model.text(questionnaire.title)}</p>
          <h1 id="report-title">
            {t.title}
            {company && <span className="report-company"> {t.forCompany(company)}</span>}
          </h1>
          <p className="report-muted">{t.createdOn(format.date(model.response.updatedAt))}</p>
        </div>
        <div className="button-row no-print">
          {actions}
          <button type="button" className="button" onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
      </header>
      <SummarySection model={model} />
      <FindingsSection model={model} />
      <ChartsSection model={model} comparison={comparison} />
      <FoundationSection model={model} />
      <ToolsSection model={model} />
      <ActionPlanSection model={model} />
      <TargetProfileSection model={model} />
      <HistorySection
        model={model}
        entries={entries.map(({ entry, report }) => ({
          entry,
          overall: report.overall,
          levelName: report.overallLevel ? model.text(report.overallLevel.name) : '–',
        }))}
        compareId={compared ? compareId : null}
        onCompare={setCompareId}
        comparison={comparison}
      />
    </article>
  )
}

/**
 * The report route: everything computed from the stored answers, nothing stored scored.
 * `actions` (e.g. the PDF download, composed by the app) sit beside the print button.
 */
export function ReportPage({ actions }: { actions?: ReactNode } = {}) {
  const t = useT(reportMessages)
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Report actions={actions} />
    </Suspense>
  )
}
