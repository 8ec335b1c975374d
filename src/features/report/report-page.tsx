import { Suspense, use, useEffect, useMemo, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { scoreResponse, type AssessmentResponse, type Questionnaire, sameQuestionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useHistoryStore } from '../../store/history-store.ts'
import { loadQuestionnaireVersion } from '../../store/questionnaire-versions.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { BrandingLine } from '../../ui/branding-line.tsx'
import { ActionPlanSection } from './action-plan-section.tsx'
import { AdoptionMapSection } from './adoption-map-section.tsx'
import { BeforeYouBuySection } from './before-you-buy-section.tsx'
import { ChartsSection } from './charts/charts-section.tsx'
import { FoundationSection, ToolsSection } from './dimensions-section.tsx'
import { FindingsSection } from './findings-section.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { HistorySection } from './history-section.tsx'
import { reportMessages } from './messages.ts'
import { buildModel, type Comparison } from './model.ts'
import { CompanyFacts } from './company-facts.tsx'
import { paths } from '../../ui/paths.ts'
import './report.css'
import { SummarySection } from './summary-section.tsx'
import { TargetProfileSection } from './target-profile-section.tsx'
import { Button, ButtonLink } from '../../ui/button.tsx'

/** The questionnaire of each version, by `id@version`; versions this browser does not have are left out. */
async function questionnaireVersions(id: string, versions: readonly string[]): Promise<Map<string, Questionnaire>> {
  const loaded = await Promise.all(
    versions.map(async (version) => [`${id}@${version}`, await loadQuestionnaireVersion(id, version)] as const),
  )
  return new Map(loaded.flatMap(([key, q]) => (q ? [[key, q] as const] : [])))
}

const NO_QUESTIONNAIRE: Promise<Questionnaire | null> = Promise.resolve(null)
const NO_ENTRIES: ReturnType<typeof useHistoryStore.getState>['entries'] = []

interface ReportPageProps {
  /** Beside the print button, e.g. the PDF download (composed by the app). */
  actions?: ReactNode
  /**
   * Other answers than the open assessment (an example): reported on their own questionnaire version,
   * without the user's kept assessments. Edits go where a surrounding `ReportEditsContext` says.
   */
  answers?: AssessmentResponse | undefined
  /** Above the heading, e.g. the notice that this is an example. */
  banner?: ReactNode
}

function Report({ actions, answers, banner }: ReportPageProps) {
  const t = useT(reportMessages)
  const format = useFormat()
  const locale = useLocale()
  const active = useActiveQuestionnaire()
  const stored = useAssessmentStore((s) => s.response)
  const response = answers ?? stored
  // A response to an earlier version is reported on its own version until the user moves it on.
  const own = use(
    response ? loadQuestionnaireVersion(response.questionnaire.id, response.questionnaire.version) : NO_QUESTIONNAIRE,
  )
  const fits = response !== null && sameQuestionnaire(response.questionnaire, active)
  const questionnaire = fits ? active : (own ?? active)
  const others = answers !== undefined
  const readable = response !== null && (fits || own !== null)
  const ownEntries = useHistoryStore((s) => s.entries)
  // The user's kept assessments never appear beside someone else's answers.
  const allEntries = others ? NO_ENTRIES : ownEntries
  const [compareId, setCompareId] = useState<string | null>(null)
  const model = useMemo(
    () => (response && readable ? buildModel(questionnaire, response, locale) : null),
    [questionnaire, response, locale, readable],
  )
  // Each kept entry is scored with its own questionnaire version (an earlier version's report stays
  // viewable and comparable by area); entries of a questionnaire this browser no longer has are left out.
  // Other versions load in the background: keeping or deleting an entry never suspends the report.
  const otherVersions = [
    ...new Set(
      allEntries
        .filter((e) => e.response.questionnaire.id === questionnaire.id)
        .map((e) => e.response.questionnaire.version)
        .filter((version) => version !== questionnaire.version),
    ),
  ]
    .sort()
    .join(' ')
  const [otherQuestionnaires, setOthers] = useState<ReadonlyMap<string, Questionnaire>>(new Map())
  useEffect(() => {
    if (!otherVersions) return
    let current = true
    void questionnaireVersions(questionnaire.id, otherVersions.split(' ')).then((loaded) => {
      if (current) setOthers(loaded)
    })
    return () => {
      current = false
    }
  }, [questionnaire.id, otherVersions])
  const kept = useMemo(
    () => new Map([...otherQuestionnaires, [`${questionnaire.id}@${questionnaire.version}`, questionnaire]]),
    [otherQuestionnaires, questionnaire],
  )
  const entries = useMemo(
    () =>
      allEntries.flatMap((entry) => {
        const { id, version } = entry.response.questionnaire
        const own = kept.get(`${id}@${version}`)
        return own ? [{ entry, report: scoreResponse(own, entry.response), version }] : []
      }),
    [allEntries, kept],
  )

  if (!model)
    return (
      <article className="report report-empty" aria-labelledby="report-title">
        <h1 id="report-title">{t.empty.heading}</h1>
        <p>{t.empty.body}</p>
        <ButtonLink to={paths.home()} variant="primary">
          {t.empty.start}
        </ButtonLink>
      </article>
    )

  const compared = entries.find((e) => e.entry.id === compareId)
  const comparison: Comparison | null = compared ? { keptAt: compared.entry.keptAt, report: compared.report } : null
  const company = model.response.company?.name
  return (
    <article className="report" aria-labelledby="report-title">
      {banner}
      <BrandingLine />
      <header className="report-header">
        <div>
          <p className="report-eyebrow">{model.text(questionnaire.title)}</p>
          <PageHeading id="report-title">
            {t.title}
            {company && <span className="report-company"> {t.forCompany(company)}</span>}
          </PageHeading>
          <CompanyFacts company={model.response.company} />
          <p className="muted">{t.createdOn(format.date(model.response.updatedAt))}</p>
        </div>
        <div className="button-row no-print">
          {actions}
          <Button onClick={() => window.print()}>{t.print}</Button>
        </div>
      </header>
      {!fits && !others && (
        <p className="notice notice-warning no-print">
          {t.olderVersion(questionnaire.version, active.version)}{' '}
          <Link to={paths.overview()}>{t.moveOn(active.version)}</Link>
        </p>
      )}
      <SummarySection model={model} />
      <BeforeYouBuySection model={model} />
      <FindingsSection model={model} />
      <AdoptionMapSection model={model} />
      <ChartsSection model={model} comparison={comparison} />
      <FoundationSection model={model} />
      <ToolsSection model={model} />
      <ActionPlanSection model={model} />
      <TargetProfileSection model={model} />
      {!others && (
        <HistorySection
          model={model}
          entries={entries.map(({ entry, report, version }) => ({
            entry,
            version: version === questionnaire.version ? null : version,
            overall: report.overall,
            levelName: report.overallLevel ? model.text(report.overallLevel.name) : '–',
          }))}
          compareId={compared ? compareId : null}
          onCompare={setCompareId}
          comparison={comparison}
        />
      )}
    </article>
  )
}

/**
 * The report route: everything computed from the stored answers, nothing stored scored.
 * `actions` (e.g. the PDF download, composed by the app) sit beside the print button.
 */
export function ReportPage({ actions, answers, banner }: ReportPageProps = {}) {
  const t = useT(reportMessages)
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Report actions={actions} answers={answers} banner={banner} />
    </Suspense>
  )
}
