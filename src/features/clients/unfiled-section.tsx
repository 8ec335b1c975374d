import { useState } from 'react'
import { useNavigate } from 'react-router'
import { fileAssessment } from '../../data/commands.ts'
import { fileWorkshop } from '../../data/write-back.ts'
import type { AssessmentRecord, WorkshopRecord } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { FileUnder } from './file-under.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { clientsMessages } from './messages.ts'
import { useOpenAssessment } from './open-assessment.ts'
import { assessedAt } from './read.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'

interface UnfiledSectionProps {
  assessments: AssessmentRecord[]
  workshops: WorkshopRecord[]
  clients: { id: string; name: string }[]
}

interface UnfiledItemProps {
  what: string
  company?: string | undefined
  clients: { id: string; name: string }[]
  onOpen: () => void
  fileUnder: (clientId: string) => Promise<void>
  onFiled: (status: string) => void
}

/** One assessment or workshop without a client: what it is, a way to open it and one to file it. */
function UnfiledItem({ what, company, clients, onOpen, fileUnder, onFiled }: UnfiledItemProps) {
  const t = useT(clientsMessages).unfiled
  return (
    <li className="card clients-unfiled-item">
      <p className="clients-unfiled-title">
        <strong>{what}</strong>
        {company && ` ${t.company(company)}`}
      </p>
      <Button aria-label={t.openLabel(what)} onClick={onOpen}>
        {t.open}
      </Button>
      {clients.length > 0 && (
        <FileUnder
          what={what}
          clients={clients}
          onFile={async (clientId, name) => {
            await fileUnder(clientId)
            onFiled(t.filed(what, name))
          }}
        />
      )}
    </li>
  )
}

/** "Ohne Mandant": the owner's own assessments and workshops, each with a way to file it under a client. */
export function UnfiledSection({ assessments, workshops, clients }: UnfiledSectionProps) {
  const t = useT(clientsMessages).unfiled
  const format = useFormat()
  const navigate = useNavigate()
  const openAssessment = useOpenAssessment()
  const [status, setStatus] = useState('')
  const empty = assessments.length === 0 && workshops.length === 0
  return (
    <section className="clients-section" aria-labelledby="clients-unfiled">
      <h2 id="clients-unfiled">{t.heading}</h2>
      <p className="muted">{empty ? t.empty : t.intro}</p>
      {!empty && clients.length === 0 && <p>{t.noClients}</p>}
      {!empty && (
        <ul className="clients-unfiled">
          {assessments.map((record) => (
            <UnfiledItem
              key={record.id}
              what={t.assessment(format.date(assessedAt(record)))}
              company={record.response.company?.name}
              clients={clients}
              onOpen={() => openAssessment(record, paths.overview())}
              fileUnder={(clientId) => fileAssessment(record.id, clientId)}
              onFiled={setStatus}
            />
          ))}
          {workshops.map((record) => (
            <UnfiledItem
              key={record.id}
              what={t.workshop(record.workshop.title, format.date(record.workshop.date))}
              clients={clients}
              onOpen={() => void navigate(paths.workshop(record.id))}
              fileUnder={(clientId) => fileWorkshop(record.id, clientId)}
              onFiled={setStatus}
            />
          ))}
        </ul>
      )}
      <p role="status" className={status ? 'notice notice-success' : undefined}>
        {status}
      </p>
    </section>
  )
}
