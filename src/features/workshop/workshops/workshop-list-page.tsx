import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { localize } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { useQuestionnaireForNew } from '../../../store/use-active-questionnaire.ts'
import { emptyDetails, useWorkshopStore } from '../../../store/workshop-store.ts'
import { ConfirmButton } from '../../../ui/confirm-button.tsx'
import { useFormat } from '../../../i18n/use-format.ts'
import { workshopMessages } from '../messages.ts'
import { WorkshopForm } from './workshop-form.tsx'
import { WorkshopActions } from './workshop-actions.tsx'
import { WorkshopImport } from '../import/workshop-import.tsx'
import { Loading } from '../../../ui/loading.tsx'
import { paths } from '../../../ui/paths.ts'
import { Button } from '../../../ui/button.tsx'
import '../../../ui/team-base.css'
import '../workshop.css'

function WorkshopList() {
  const t = useT(workshopMessages)
  const locale = useLocale()
  const navigate = useNavigate()
  const format = useFormat()
  const questionnaire = useQuestionnaireForNew()
  const workshops = useWorkshopStore((s) => s.workshops)
  const create = useWorkshopStore((s) => s.create)
  const remove = useWorkshopStore((s) => s.remove)
  const [creating, setCreating] = useState(false)
  const [status, setStatus] = useState('')
  return (
    <article className="wide-page" aria-labelledby="workshop-list-title">
      <header className="page-header">
        <h1 id="workshop-list-title">{t.list.title}</h1>
        <p className="lead">{t.list.lead}</p>
      </header>
      {creating ? (
        <section className="card panel" aria-label={t.list.create}>
          <WorkshopForm
            initial={emptyDetails()}
            questionnaireLabel={t.form.questionnaire(localize(questionnaire.title, locale), questionnaire.version)}
            submitLabel={t.form.create}
            onSubmit={(details) => {
              const workshop = create(details, questionnaire)
              void navigate(paths.workshop(workshop.id))
            }}
            onCancel={() => setCreating(false)}
          />
        </section>
      ) : (
        <p>
          <Button variant="primary" onClick={() => setCreating(true)}>
            {t.list.create}
          </Button>
        </p>
      )}
      <section className="card panel" aria-labelledby="workshop-yours">
        <h2 id="workshop-yours">{t.list.yours}</h2>
        <p role="status" className="muted">
          {status}
        </p>
        {workshops.length === 0 ? (
          <p>{t.list.empty}</p>
        ) : (
          <ul className="card-list">
            {workshops.map((w) => (
              <li key={w.id} className="card">
                <h3>
                  <Link to={paths.workshop(w.id)}>{w.title}</Link>
                </h3>
                <p className="muted">
                  {[w.organisation, format.date(w.date), t.list.participants(w.participants.length)]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <WorkshopActions workshop={w}>
                  <ConfirmButton
                    label={t.list.delete}
                    accessibleLabel={`${t.list.delete}: ${w.title}`}
                    question={t.list.confirmDelete(w.title)}
                    confirm={t.list.confirmYes}
                    cancel={t.list.cancel}
                    onConfirm={() => {
                      remove(w.id)
                      setStatus(t.list.deleted(w.title))
                    }}
                  />
                </WorkshopActions>
              </li>
            ))}
          </ul>
        )}
      </section>
      <WorkshopImport />
    </article>
  )
}

/** #/workshops: every workshop kept in this browser; create, import, export, delete. */
export function WorkshopListPage() {
  return (
    <Loading>
      <WorkshopList />
    </Loading>
  )
}
