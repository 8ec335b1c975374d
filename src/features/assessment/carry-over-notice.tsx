import { useMemo } from 'react'
import { useNavigate } from 'react-router'
import { carryOverResponse, type AssessmentResponse, type Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useHistoryStore } from '../../store/history-store.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { ExportButton } from './export-button.tsx'
import { carryOverMessages } from './carry-over-messages.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'

/**
 * Answers to an earlier version of this questionnaire: says what carries over, what is new and what
 * is left behind, and moves on only when asked. The earlier answers are kept in the history first.
 */
export function CarryOverNotice({
  questionnaire,
  response,
}: {
  questionnaire: Questionnaire
  response: AssessmentResponse
}) {
  const t = useT(carryOverMessages)
  const locale = useLocale()
  const navigate = useNavigate()
  // The time stamp is taken when the user moves on; the preview only needs the lists.
  const preview = useMemo(() => carryOverResponse(response, questionnaire, new Date(0)), [response, questionnaire])
  if (!preview.ok) return null
  const { summary } = preview.value
  const titles = new Map(questionnaire.questions.map((q) => [q.id, q.title[locale]]))
  const proceed = () => {
    const moved = carryOverResponse(response, questionnaire, new Date())
    if (!moved.ok) return
    useHistoryStore.getState().keep(response)
    useAssessmentStore.getState().replace(moved.value.response)
    void navigate(paths.overview())
  }
  return (
    <div className="page page-narrow">
      <PageHeading>{t.title(summary.toVersion)}</PageHeading>
      <p className="lead">{t.body(summary.fromVersion, summary.toVersion)}</p>
      <p>{t.carried(summary.carried.length)}</p>
      {summary.added.length > 0 && (
        <>
          <p>{t.added(summary.added.length)}</p>
          <ul>
            {summary.added.map((id) => (
              <li key={id}>{titles.get(id) ?? id}</li>
            ))}
          </ul>
        </>
      )}
      {summary.dropped.length > 0 && (
        <>
          <p>{t.dropped(summary.dropped.length)}</p>
          <ul>
            {summary.dropped.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        </>
      )}
      <p>{t.kept(summary.fromVersion)}</p>
      <div className="button-row">
        <Button variant="primary" onClick={proceed}>
          {t.go(summary.toVersion)}
        </Button>
        <ExportButton />
      </div>
    </div>
  )
}
