import { lazy, Suspense, useEffect } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import type { AssessmentResponse, Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ProgressBar } from '../../ui/progress-bar.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { AssessmentGuard } from './assessment-guard.tsx'
import { ExportButton } from './export-button.tsx'
import { flowMessages } from './flow-messages.ts'
import { assessmentMessages } from './messages.ts'
import { dimensionPath, overallProgress, progressByDimension } from './progress.ts'
import { questionAnchor, QuestionCard } from './question-card.tsx'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'
import './assessment.css'

// Only the tools page shows the inventory: loaded with it.
const AdoptionInventory = lazy(() => import('./adoption-inventory.tsx').then((m) => ({ default: m.AdoptionInventory })))

/** Scrolls to the question named in `?q=` and puts focus on its chosen (or first) answer. */
function useFocusQuestion(questionId: string | null) {
  useEffect(() => {
    if (!questionId) return
    const section = document.getElementById(questionAnchor(questionId))
    if (!section || section.contains(document.activeElement)) return
    const radio =
      section.querySelector<HTMLInputElement>('input[type=radio]:checked') ??
      section.querySelector<HTMLInputElement>('input[type=radio]')
    section.scrollIntoView?.({ block: 'start' }) // (absent in jsdom)
    radio?.focus({ preventScroll: true })
  }, [questionId])
}

function Step({
  questionnaire,
  response,
  dimensionId,
}: {
  questionnaire: Questionnaire
  response: AssessmentResponse
  dimensionId: string
}) {
  const t = { ...useT(assessmentMessages), ...useT(flowMessages) }
  const locale = useLocale()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const target = params.get('q')
  useFocusQuestion(target)
  // The URL follows the question being worked on, so a reload comes back to it.
  const lastQuestionId = useAssessmentStore((s) => s.lastQuestionId)
  const lastIsHere = questionnaire.questions.some((q) => q.id === lastQuestionId && q.dimension === dimensionId)
  useEffect(() => {
    if (!lastIsHere || !lastQuestionId || lastQuestionId === target) return
    // Only while the user works on it: arriving on the page must not jump to an older question.
    if (document.getElementById(questionAnchor(lastQuestionId))?.contains(document.activeElement))
      setParams({ q: lastQuestionId }, { replace: true, preventScrollReset: true })
  }, [lastIsHere, lastQuestionId, target, setParams])
  const progress = progressByDimension(questionnaire, response.answers)
  const index = progress.findIndex((p) => p.dimension.id === dimensionId)
  const current = progress[index]
  useDocumentTitle(current ? current.dimension.title[locale] : '')
  if (!current)
    return (
      <div className="page page-narrow">
        <PageHeading>{t.step.unknownDimension}</PageHeading>
        <Link to={paths.overview()}>{t.overview.title}</Link>
      </div>
    )
  const previous = progress[index - 1]
  const next = progress[index + 1]
  const overall = overallProgress(questionnaire, response.answers)
  const title = current.dimension.title[locale]
  return (
    <div className="page step">
      <header className="step-header">
        <p className="eyebrow">{t.step.area(index + 1, progress.length)}</p>
        <PageHeading takeFocus={!target}>{title}</PageHeading>
        <p className="lead">{current.dimension.description[locale]}</p>
        <div className="step-progress">
          <ProgressBar
            label={t.progress.dimensionLabel(title)}
            value={current.answered}
            max={current.questions.length}
            text={t.progress.answered(current.answered, current.questions.length)}
          />
          <ProgressBar
            label={t.progress.overallLabel}
            value={overall.answered}
            max={overall.total}
            text={`${t.progress.overallLabel}: ${t.progress.answered(overall.answered, overall.total)}`}
          />
        </div>
      </header>
      {questionnaire.adoption && current.dimension.id === firstToolsDimension(questionnaire) && (
        <Suspense fallback={null}>
          <AdoptionInventory adoption={questionnaire.adoption} response={response} />
        </Suspense>
      )}
      <ol className="question-list">
        {current.questions.map((question, i) => (
          <li key={question.id}>
            <QuestionCard
              question={question}
              position={i + 1}
              count={current.questions.length}
              answer={response.answers[question.id]}
            />
          </li>
        ))}
      </ol>
      {/* Kept in reach at the bottom of the screen however long the area is, with the progress as a strip
          (the progress bars in the header are the ones read out). */}
      <nav className="step-nav" aria-label={t.step.stepNav}>
        <span className="step-nav-progress" aria-hidden="true">
          <span style={{ width: `${overall.total === 0 ? 0 : (overall.answered / overall.total) * 100}%` }} />
        </span>
        {previous ? (
          <Button
            className="step-nav-previous"
            data-step="previous"
            onClick={() => void navigate(dimensionPath(previous.dimension.id))}
          >
            <span aria-hidden="true">←</span> {t.step.previous(previous.dimension.title[locale])}
          </Button>
        ) : (
          <span />
        )}
        <Button
          variant="primary"
          className="step-nav-next"
          data-step="next"
          onClick={() => void navigate(next ? dimensionPath(next.dimension.id) : paths.overview())}
        >
          {next ? t.step.next(next.dimension.title[locale]) : t.step.toOverview} <span aria-hidden="true">→</span>
        </Button>
      </nav>
      <p className="step-aside">
        <Link to={paths.overview()}>{t.overview.title}</Link>
        <ExportButton variant="quiet" />
      </p>
    </div>
  )
}

/** The adoption inventory sits with the first tools dimension: what was bought, before how it is used. */
function firstToolsDimension(questionnaire: Questionnaire): string | undefined {
  return questionnaire.dimensions.find((d) => d.layer === 'tools')?.id
}

/** One dimension of the questionnaire: all its questions on one page, deep-linkable. */
export function StepPage() {
  const { dimensionId = '' } = useParams()
  return (
    <AssessmentGuard>
      {(questionnaire, response) => (
        <Step key={dimensionId} questionnaire={questionnaire} response={response} dimensionId={dimensionId} />
      )}
    </AssessmentGuard>
  )
}
