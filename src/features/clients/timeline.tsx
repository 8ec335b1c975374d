import { useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { deleteAssessment } from '../../data/commands.ts'
import {
  localize,
  questionnaireKey,
  type AssessmentRecord,
  type Questionnaire,
  type WorkshopRecord,
} from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { clientMessages } from './client-messages.ts'
import { ConfirmDialog } from './confirm-dialog.tsx'
import { assessmentFacts } from './facts.ts'
import { useOpenAssessment } from './open-assessment.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { assessedAt } from './read.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'

interface TimelineProps {
  assessments: AssessmentRecord[]
  workshops: WorkshopRecord[]
  questionnaires: ReadonlyMap<string, Questionnaire | null>
}

type TimelineEvent = { at: number; assessment: AssessmentRecord } | { at: number; workshop: WorkshopRecord }

function AssessmentEvent({
  record,
  questionnaire,
  onDelete,
}: {
  record: AssessmentRecord
  questionnaire: Questionnaire | null | undefined
  onDelete: (what: string) => void
}) {
  const t = useT(clientMessages).timeline
  const locale = useLocale()
  const format = useFormat()
  const openAssessment = useOpenAssessment()
  const facts = useMemo(() => assessmentFacts(record, questionnaire), [record, questionnaire])
  // With the time: two assessments of one day must be told apart (and so must their buttons).
  const what = t.assessment(format.dateTime(assessedAt(record)))
  const { id, version } = record.response.questionnaire
  return (
    <li className="clients-event">
      <h3 className="clients-event-title">{what}</h3>
      <p className={record.keptAt ? 'clients-badge clients-badge-kept' : 'clients-badge'}>
        {record.keptAt ? t.kept : t.inProgress}
      </p>
      {/* Said once its questionnaire is known: no count or title that changes a moment later. */}
      {facts.questionnaire !== 'loading' && (
        <>
          <p className="muted">
            {t.questionnaire(facts.title ? localize(facts.title, locale) : id, version)} ·{' '}
            {facts.total === null ? t.answeredCount(facts.answered) : t.answered(facts.answered, facts.total)}
          </p>
          <p>
            {facts.questionnaire === 'unavailable'
              ? t.unavailable
              : facts.overall === null || !facts.level
                ? t.noScore
                : t.score(format.score(facts.overall), localize(facts.level, locale))}
            {facts.total !== null && facts.answered < facts.total && facts.overall !== null && ` · ${t.provisional}`}
          </p>
        </>
      )}
      <div className="button-row">
        <Button
          aria-label={t.openLabel(what)}
          onClick={() => openAssessment(record, record.keptAt ? paths.report() : paths.overview())}
        >
          {t.open}
        </Button>
        <Button variant="quiet" aria-label={t.deleteLabel(what)} onClick={() => onDelete(what)}>
          {t.delete}
        </Button>
      </div>
    </li>
  )
}

function WorkshopEvent({ record }: { record: WorkshopRecord }) {
  const t = useT(clientMessages).timeline
  const format = useFormat()
  const { workshop } = record
  return (
    <li className="clients-event">
      <h3 className="clients-event-title">
        <Link to={paths.workshop(workshop.id)}>{t.workshop(workshop.title)}</Link>
      </h3>
      <p className="muted">
        {t.workshopDate(format.date(workshop.date))} · {t.participants(workshop.participants.length)}
      </p>
    </li>
  )
}

/** Everything done with a client, newest first: assessments (scored on their own version) and workshops. */
export function Timeline({ assessments, workshops, questionnaires }: TimelineProps) {
  const t = useT(clientMessages).timeline
  const [deleting, setDeleting] = useState<{ record: AssessmentRecord; what: string } | null>(null)
  const [status, setStatus] = useState('')
  const heading = useRef<HTMLHeadingElement>(null)
  const events: TimelineEvent[] = [
    ...assessments.map((assessment) => ({ at: Date.parse(assessedAt(assessment)), assessment })),
    ...workshops.map((workshop) => ({ at: Date.parse(workshop.workshop.date), workshop })),
  ].sort((a, b) => b.at - a.at)
  return (
    <section className="clients-section" aria-labelledby="client-timeline">
      <h2 id="client-timeline" ref={heading} tabIndex={-1}>
        {t.heading}
      </h2>
      {events.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ol className="clients-timeline">
          {events.map((event) =>
            'assessment' in event ? (
              <AssessmentEvent
                key={event.assessment.id}
                record={event.assessment}
                questionnaire={questionnaires.get(
                  questionnaireKey(
                    event.assessment.response.questionnaire.id,
                    event.assessment.response.questionnaire.version,
                  ),
                )}
                onDelete={(what) => setDeleting({ record: event.assessment, what })}
              />
            ) : (
              <WorkshopEvent key={event.workshop.id} record={event.workshop} />
            ),
          )}
        </ol>
      )}
      <p role="status" className={status ? 'notice notice-success' : undefined}>
        {status}
      </p>
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? t.confirmTitle(deleting.what) : ''}
        confirm={t.confirm}
        cancel={t.cancel}
        onConfirm={() => {
          if (!deleting) return
          setDeleting(null)
          void deleteAssessment(deleting.record.id).then(() => {
            setStatus(t.deleted(deleting.what))
            // Its delete button is gone with it: focus moves to the timeline, not to the page's start.
            heading.current?.focus()
          })
        }}
        onCancel={() => setDeleting(null)}
      >
        <p>{t.confirmBody}</p>
      </ConfirmDialog>
    </section>
  )
}
