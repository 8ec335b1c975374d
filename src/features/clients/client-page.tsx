import { Link, useParams } from 'react-router'
import { useWorkspaceQuery } from '../../data/hooks.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { ClientActions } from './client-actions.tsx'
import { clientMessages } from './client-messages.ts'
import { CompareSection } from './compare-section.tsx'
import { FileAssessment } from './file-assessment.tsx'
import { readClientWork, readUnfiled, type ClientWork } from './read.ts'
import { RenameClient } from './rename-form.tsx'
import { Timeline } from './timeline.tsx'
import { useQuestionnaires } from './use-questionnaires.ts'
import { paths } from '../../ui/paths.ts'
import { ButtonLink } from '../../ui/button.tsx'
import './clients.css'

function ClientView({ work, unfiled }: { work: ClientWork; unfiled: ClientWork['assessments'] }) {
  const t = useT(clientMessages)
  const { client, assessments, workshops } = work
  useDocumentTitle(client.name)
  const questionnaires = useQuestionnaires(assessments.map((a) => a.response.questionnaire))
  return (
    <div className="page clients-page">
      <p className="clients-back">
        <Link to={paths.clients()}>{t.back}</Link>
      </p>
      <header className="clients-header">
        <p className="eyebrow">{t.eyebrow}</p>
        <PageHeading>{client.name}</PageHeading>
        <RenameClient key={client.id} client={client} />
      </header>
      <ClientActions client={client} assessments={assessments} workshopCount={workshops.length} />
      <Timeline assessments={assessments} workshops={workshops} questionnaires={questionnaires} />
      <CompareSection assessments={assessments} questionnaires={questionnaires} />
      <FileAssessment clientId={client.id} unfiled={unfiled} />
    </div>
  )
}

function NotFound() {
  const t = useT(clientMessages).notFound
  useDocumentTitle(t.title)
  return (
    <div className="page page-narrow">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.body}</p>
      <p>
        <ButtonLink to={paths.clients()} variant="primary">
          {t.back}
        </ButtonLink>
      </p>
    </div>
  )
}

async function readPage(clientId: string) {
  const [work, unfiled] = await Promise.all([readClientWork(clientId), readUnfiled()])
  return { work, unfiled: unfiled.assessments }
}

/** /clients/:clientId: one client's timeline, its actions, and any two of its assessments compared. */
export function ClientPage() {
  const t = useT(clientMessages)
  const { clientId = '' } = useParams()
  const page = useWorkspaceQuery(() => readPage(clientId), ['clients', 'assessments', 'workshops'], [clientId])
  if (page.state === 'loading')
    return (
      <p role="status" className="page loading">
        {t.loading}
      </p>
    )
  if (page.state === 'failed')
    return (
      <p role="alert" className="page notice notice-error">
        {t.failed}
      </p>
    )
  if (!page.value.work) return <NotFound />
  return <ClientView key={page.value.work.client.id} work={page.value.work} unfiled={page.value.unfiled} />
}
