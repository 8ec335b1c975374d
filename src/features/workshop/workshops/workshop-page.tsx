import { useState } from 'react'
import { Link } from 'react-router'
import { localize, type Questionnaire, type Workshop } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { ImportAnswersSection } from '../import/import-answers-section.tsx'
import { InviteSection } from './invite-section.tsx'
import { workshopMessages } from '../messages.ts'
import { OtherQuestionnaireNotice, WorkshopMissing } from '../page-states.tsx'
import { ParticipantsSection } from './participants-section.tsx'
import { StatusBoard } from './status-board.tsx'
import { WorkshopForm } from './workshop-form.tsx'
import { WorkshopActions } from './workshop-actions.tsx'
import { useWorkshopContext } from '../use-workshop.ts'
import { Loading } from '../../../ui/loading.tsx'
import { paths } from '../../../ui/paths.ts'
import { Button } from '../../../ui/button.tsx'
import '../../../ui/team-base.css'
import '../workshop.css'

function Details({ workshop, questionnaire }: { workshop: Workshop; questionnaire: Questionnaire }) {
  const t = useT(workshopMessages)
  const locale = useLocale()
  const update = useWorkshopStore((s) => s.update)
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState('')
  if (!editing)
    return (
      <p className="button-row">
        <Button
          variant="quiet"
          onClick={() => {
            setEditing(true)
            setStatus('')
          }}
        >
          {t.page.edit}
        </Button>
        <span role="status" className="muted">
          {status}
        </span>
      </p>
    )
  return (
    <section className="card panel" aria-label={t.page.edit}>
      <WorkshopForm
        initial={workshop}
        questionnaireLabel={t.form.questionnaire(localize(questionnaire.title, locale), workshop.questionnaire.version)}
        submitLabel={t.form.save}
        onSubmit={(details) => {
          update(workshop.id, details)
          setEditing(false)
          setStatus(t.page.saved)
        }}
        onCancel={() => setEditing(false)}
      />
    </section>
  )
}

function WorkshopView() {
  const t = useT(workshopMessages)
  const format = useFormat()
  const context = useWorkshopContext()
  const locale = useLocale()
  if (context.state === 'missing') return <WorkshopMissing />
  const { workshop } = context
  const questionnaire = context.state === 'ready' ? context.questionnaire : null
  return (
    <article className="wide-page" aria-labelledby="workshop-title">
      <nav aria-label={t.list.title} className="crumbs">
        <Link to={paths.workshops()}>{t.page.back}</Link>
      </nav>
      <header className="page-header">
        {questionnaire && <p className="eyebrow">{localize(questionnaire.title, locale)}</p>}
        <h1 id="workshop-title">{workshop.title}</h1>
        <p className="muted">
          {[
            workshop.organisation,
            format.date(workshop.date),
            workshop.facilitator && t.page.facilitatedBy(workshop.facilitator),
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <WorkshopActions workshop={workshop} prominent />
      </header>
      {context.state === 'otherQuestionnaire' && (
        <OtherQuestionnaireNotice workshop={workshop} active={context.active} />
      )}
      {questionnaire && <Details workshop={workshop} questionnaire={questionnaire} />}
      <InviteSection workshop={workshop} />
      <StatusBoard workshop={workshop} questions={questionnaire?.questions.length ?? 0} />
      <ParticipantsSection workshop={workshop} questionnaire={questionnaire} />
      {questionnaire && <ImportAnswersSection workshop={workshop} questionnaire={questionnaire} />}
    </article>
  )
}

/** #/workshops/:workshopId — details, participants, invitations and imports of one workshop. */
export function WorkshopPage() {
  return (
    <Loading>
      <WorkshopView />
    </Loading>
  )
}
