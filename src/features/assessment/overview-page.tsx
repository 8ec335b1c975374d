import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { adoptionChoiceOf, type AssessmentResponse, type Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ProgressBar } from '../../ui/progress-bar.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { AssessmentGuard } from './assessment-guard.tsx'
import { DataPanel } from './data-panel.tsx'
import { flowMessages } from './flow-messages.ts'
import { assessmentMessages } from './messages.ts'
import { OverallProgress } from './overall-progress.tsx'
import { dimensionPath, nextUnanswered, overallProgress, progressByDimension, questionPath } from './progress.ts'
import { paths } from '../../ui/paths.ts'
import { ButtonLink } from '../../ui/button.tsx'
import './assessment.css'

function Overview({ questionnaire, response }: { questionnaire: Questionnaire; response: AssessmentResponse }) {
  const t = { ...useT(assessmentMessages), ...useT(flowMessages) }
  const locale = useLocale()
  const lastQuestionId = useAssessmentStore((s) => s.lastQuestionId)
  const dimensions = progressByDimension(questionnaire, response.answers)
  const overall = overallProgress(questionnaire, response.answers)
  const next = nextUnanswered(questionnaire, response.answers, lastQuestionId)
  const complete = overall.answered === overall.total
  return (
    <div className="page overview">
      <PageHeading>{t.overview.title}</PageHeading>
      <p className="lead">{t.overview.intro}</p>
      <div className="overview-summary card">
        <OverallProgress answered={overall.answered} total={overall.total} />
        <div className="button-row">
          {next ? (
            <ButtonLink to={questionPath(next)} variant="primary">
              {t.overview.nextOpen}
            </ButtonLink>
          ) : (
            <p className="overview-done">{t.overview.allDone}</p>
          )}
          <ButtonLink to={paths.company()}>{t.overview.company}</ButtonLink>
        </div>
      </div>
      <ol className="dimension-list">
        {dimensions.map(({ dimension, questions, answered, unanswered }) => {
          const title = dimension.title[locale]
          return (
            <li key={dimension.id} className="dimension-item card">
              <div className="dimension-head">
                <h2>
                  <Link to={dimensionPath(dimension.id)} aria-label={t.overview.edit(title)}>
                    {title}
                  </Link>
                </h2>
                <span className={unanswered.length === 0 ? 'badge badge-done' : 'badge'}>
                  {unanswered.length === 0 ? t.overview.complete : t.overview.open(unanswered.length)}
                </span>
              </div>
              <ProgressBar
                label={t.progress.dimensionLabel(title)}
                value={answered}
                max={questions.length}
                text={t.progress.answered(answered, questions.length)}
              />
              {questionnaire.adoption &&
                dimension.id === questionnaire.dimensions.find((d) => d.layer === 'tools')?.id && (
                  <p className="overview-inventory">
                    <Link to={dimensionPath(dimension.id)}>
                      {t.overview.inventory(
                        questionnaire.adoption.items.filter((i) => adoptionChoiceOf(response.adoption, i.id)).length,
                        questionnaire.adoption.items.length,
                      )}
                    </Link>
                  </p>
                )}
              {unanswered.length > 0 && (
                <ul className="open-questions" aria-label={t.overview.openQuestions(title)}>
                  {unanswered.map((question) => (
                    <li key={question.id}>
                      <Link to={questionPath(question)}>{question.title[locale]}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ol>
      <section className="finish card" aria-labelledby="finish-title">
        <h2 id="finish-title">{t.overview.finishTitle}</h2>
        <p>{complete ? t.overview.finishComplete : t.overview.finishPartial}</p>
        <ButtonLink to={paths.report()} variant="primary">
          {t.overview.report} <span aria-hidden="true">→</span>
        </ButtonLink>
      </section>
      <DataPanel />
    </div>
  )
}

/** Every dimension with what is still open, a jump to the next open question, and the way out. */
/** `aside` takes what the app composes below the overview (e.g. sending answers to a workshop). */
export function OverviewPage({ aside }: { aside?: ReactNode } = {}) {
  const t = { ...useT(assessmentMessages), ...useT(flowMessages) }
  useDocumentTitle(t.overview.documentTitle)
  return (
    <AssessmentGuard>
      {(questionnaire, response) => (
        <>
          <Overview questionnaire={questionnaire} response={response} />
          {aside}
        </>
      )}
    </AssessmentGuard>
  )
}
