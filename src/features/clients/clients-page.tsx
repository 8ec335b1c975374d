import { useState } from 'react'
import { useLocation } from 'react-router'
import { useWorkspaceQuery } from '../../data/hooks.ts'
import { useT } from '../../i18n/use-t.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { BackupSection } from './backup-section.tsx'
import { ClientList } from './client-list.tsx'
import { clientsMessages } from './messages.ts'
import { NewClientForm } from './new-client-form.tsx'
import { readClientSummaries, readUnfiled } from './read.ts'
import { StorageSection } from './storage-section.tsx'
import { UnfiledSection } from './unfiled-section.tsx'
import './clients.css'

async function readOverview() {
  const [summaries, unfiled] = await Promise.all([readClientSummaries(), readUnfiled()])
  return { summaries, unfiled }
}

let preloaded: Awaited<ReturnType<typeof readOverview>> | undefined

/** The route reads the list while the page's code loads: the page shows complete, once. */
export async function preload(): Promise<void> {
  preloaded = await readOverview()
}

function takePreloaded() {
  const value = preloaded
  preloaded = undefined
  return value
}

/** /clients: a consultant's clients, what is not filed under any, storage, and backups of it all. */
export function ClientsPage() {
  const t = useT(clientsMessages)
  useDocumentTitle(t.title)
  // A client deleted on its own page says so here, where the user lands.
  const deleted = (useLocation().state as { deleted?: unknown } | null)?.deleted
  const [initial] = useState(takePreloaded)
  const overview = useWorkspaceQuery(readOverview, ['clients', 'assessments', 'workshops'], [], initial)
  return (
    <div className="page clients-page">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.lead}</p>
      {typeof deleted === 'string' && <p className="notice notice-success">{t.deleted(deleted)}</p>}
      <NewClientForm />
      {overview.state === 'loading' && (
        <p role="status" className="loading">
          {t.loading}
        </p>
      )}
      {overview.state === 'failed' && (
        <p role="alert" className="notice notice-error">
          {t.failed}
        </p>
      )}
      {overview.state === 'ready' && (
        <>
          <ClientList summaries={overview.value.summaries} />
          <UnfiledSection
            assessments={overview.value.unfiled.assessments}
            workshops={overview.value.unfiled.workshops}
            clients={overview.value.summaries.map(({ client }) => ({ id: client.id, name: client.name }))}
          />
        </>
      )}
      <StorageSection />
      <BackupSection />
    </div>
  )
}
