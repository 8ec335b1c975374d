import { lazy, Suspense, type ReactNode } from 'react'
import { canCarryOver, type AssessmentResponse, type Questionnaire } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ExportButton } from './export-button.tsx'
import { assessmentMessages } from './messages.ts'
import { responseFits } from './progress.ts'
import { useBegin } from './use-begin.ts'
import { paths } from '../../ui/paths.ts'
import { Button, ButtonLink } from '../../ui/button.tsx'

// Only needed when the stored answers belong to another questionnaire: not loaded with every question step.
const StartOver = lazy(async () => ({ default: (await import('./start-over.tsx')).StartOver }))

interface GuardProps {
  children: (questionnaire: Questionnaire, response: AssessmentResponse) => ReactNode
}

// Needed once per new edition of a questionnaire: loaded only then.
const CarryOverNotice = lazy(() => import('./carry-over-notice.tsx').then((m) => ({ default: m.CarryOverNotice })))

/**
 * Renders its children only with a response that belongs to the questionnaire in use. Otherwise it
 * says why and offers the way on: begin, or keep the foreign answers safe before starting anew.
 */
export function AssessmentGuard({ children }: GuardProps) {
  const t = useT(assessmentMessages)
  const questionnaire = useActiveQuestionnaire()
  const response = useAssessmentStore((s) => s.response)
  const begin = useBegin()
  if (!response)
    return (
      <div className="page page-narrow">
        <PageHeading>{t.guard.noneTitle}</PageHeading>
        <p className="lead">{t.guard.noneBody}</p>
        <Button variant="primary" onClick={() => void begin()}>
          {t.start.begin}
        </Button>
      </div>
    )
  if (!responseFits(response, questionnaire) && canCarryOver(response, questionnaire))
    return (
      <Suspense fallback={null}>
        <CarryOverNotice questionnaire={questionnaire} response={response} />
      </Suspense>
    )
  if (!responseFits(response, questionnaire))
    return (
      <div className="page page-narrow">
        <PageHeading>{t.guard.mismatchTitle}</PageHeading>
        <p className="lead">{t.guard.mismatchBody(response.questionnaire.id, response.questionnaire.version)}</p>
        <div className="button-row">
          <ExportButton variant="primary" />
          <Suspense>
            <StartOver />
          </Suspense>
          <ButtonLink to={paths.questionnaire()}>{t.guard.questionnaire}</ButtonLink>
        </div>
      </div>
    )
  return children(questionnaire, response)
}
