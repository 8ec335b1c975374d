import { Link } from 'react-router'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { ExportButton } from './export-button.tsx'
import { assessmentMessages } from './messages.ts'
import { OverallProgress } from './overall-progress.tsx'
import { overallProgress, responseFits, resumePath } from './progress.ts'
import { StartOver } from './start-over.tsx'
import { paths } from '../../ui/paths.ts'
import { ButtonLink } from '../../ui/button.tsx'

/** The saved assessment: how far it is, and the way back in. Needs the questionnaire (suspends). */
export function ResumeCard() {
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
          <OverallProgress answered={progress.answered} total={progress.total} />
          <div className="button-row">
            <ButtonLink to={resumePath(questionnaire, response.answers, lastQuestionId)} variant="primary">
              {progress.answered === progress.total ? t.start.toReport : t.start.resume}{' '}
              <span aria-hidden="true">→</span>
            </ButtonLink>
            <ButtonLink to={paths.overview()}>{t.start.overview}</ButtonLink>
          </div>
        </>
      ) : response.questionnaire.id === questionnaire.id ? (
        // Another version of the same questionnaire: the overview says what carries over.
        <p className="notice notice-warning">
          {t.guard.newEdition(questionnaire.version)}{' '}
          <Link to={paths.overview()}>{t.guard.newEditionGo(questionnaire.version)}</Link>
        </p>
      ) : (
        <p className="notice notice-warning">
          {t.guard.mismatchBody(response.questionnaire.id, response.questionnaire.version)}
        </p>
      )}
      <div className="button-row resume-data">
        <ExportButton variant="quiet" />
        <StartOver />
      </div>
    </section>
  )
}
