import { Suspense } from 'react'
import { Link } from 'react-router'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ProgressBar } from '../../ui/progress-bar.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { ExportButton } from './export-button.tsx'
import { ImportResponse } from './import-response.tsx'
import { assessmentMessages } from './messages.ts'
import { overallProgress, responseFits, resumePath } from './progress.ts'
import { StartOver } from './start-over.tsx'
import { useBegin } from './use-begin.ts'
import './start-page.css'

/** The saved assessment: how far it is, and the way back in. Needs the questionnaire (suspends). */
function ResumeCard() {
  const t = useT(assessmentMessages)
  const locale = useLocale()
  const questionnaire = useActiveQuestionnaire()
  const response = useAssessmentStore((s) => s.response)
  const lastQuestionId = useAssessmentStore((s) => s.lastQuestionId)
  if (!response) return null
  const fits = responseFits(response, questionnaire)
  const progress = overallProgress(questionnaire, response.answers)
  const started = new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(response.createdAt),
  )
  return (
    <section className="card resume-card" aria-labelledby="resume-title">
      <h2 id="resume-title">
        {t.start.resumeTitle}
        {response.company?.name && <span className="resume-company"> · {response.company.name}</span>}
      </h2>
      <p className="muted">{t.start.startedOn(started)}</p>
      {fits ? (
        <>
          <ProgressBar
            label={t.progress.overallLabel}
            value={progress.answered}
            max={progress.total}
            text={t.progress.answered(progress.answered, progress.total)}
          />
          <div className="button-row">
            <Link to={resumePath(questionnaire, response.answers, lastQuestionId)} className="button button-primary">
              {t.start.resume} <span aria-hidden="true">→</span>
            </Link>
            <Link to="/overview" className="button">
              {t.start.overview}
            </Link>
          </div>
        </>
      ) : response.questionnaire.id === questionnaire.id ? (
        // Another version of the same questionnaire: the overview says what carries over.
        <p className="notice notice-warning">
          {t.guard.newEdition(questionnaire.version)}{' '}
          <Link to="/overview">{t.guard.newEditionGo(questionnaire.version)}</Link>
        </p>
      ) : (
        <p className="notice notice-warning">
          {t.guard.mismatchBody(response.questionnaire.id, response.questionnaire.version)}
        </p>
      )}
      <div className="button-row resume-data">
        <ExportButton className="button button-quiet" />
        <StartOver />
      </div>
    </section>
  )
}

function BeginButton() {
  const t = useT(assessmentMessages).start
  const begin = useBegin()
  return (
    <button type="button" className="button button-primary button-large" onClick={() => void begin()}>
      {t.begin} <span aria-hidden="true">→</span>
    </button>
  )
}

/** The start page: the approach in one paragraph, what to expect, and the ways in. */
export function StartPage() {
  const t = useT(assessmentMessages)
  useDocumentTitle('')
  const hasResponse = useAssessmentStore((s) => s.response !== null)
  return (
    <div className="page start">
      <section className="start-hero" aria-labelledby="start-title">
        <p className="eyebrow">{t.start.eyebrow}</p>
        <PageHeading className="start-title" id="start-title">
          {t.start.title}
        </PageHeading>
        <p className="lead start-approach">{t.start.approach}</p>
        {hasResponse ? (
          <Suspense fallback={<div className="card resume-card resume-card-loading" />}>
            <ResumeCard />
          </Suspense>
        ) : (
          <div className="button-row">
            <BeginButton />
          </div>
        )}
      </section>
      <section className="start-facts" aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {t.start.facts}
        </h2>
        <div className="fact">
          <h3>{t.start.durationTitle}</h3>
          <p>{t.start.duration}</p>
        </div>
        <div className="fact">
          <h3>{t.start.privacyTitle}</h3>
          <p>{t.start.privacy}</p>
        </div>
        <div className="fact">
          <h3>{t.start.honestTitle}</h3>
          <p>{t.start.honest}</p>
        </div>
      </section>
      <section className="start-import" aria-labelledby="import-title">
        <h2 id="import-title">{t.start.importTitle}</h2>
        <p className="muted">{t.start.otherFile}</p>
        <div className="button-row">
          <ImportResponse />
        </div>
        <p className="start-consultants">
          <Link to="/questionnaire">{t.start.consultants}</Link>
        </p>
      </section>
    </div>
  )
}
