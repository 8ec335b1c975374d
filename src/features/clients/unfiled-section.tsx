import { useState } from 'react'
import { useNavigate } from 'react-router'
import { fileAssessment, openAssessment } from '../../data/commands.ts'
import { fileWorkshop } from '../../data/write-back.ts'
import type { AssessmentRecord, WorkshopRecord } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { FileUnder } from './file-under.tsx'
import { useFormat } from '../../i18n/use-format.ts'
import { clientsMessages } from './messages.ts'
import { assessedAt } from './read.ts'
import { paths } from '../../ui/paths.ts'

interface UnfiledSectionProps {
  assessments: AssessmentRecord[]
  workshops: WorkshopRecord[]
  clients: { id: string; name: string }[]
}

/** "Ohne Mandant": the owner's own assessments and workshops, each with a way to file it under a client. */
export function UnfiledSection({ assessments, workshops, clients }: UnfiledSectionProps) {
  const t = useT(clientsMessages).unfiled
  const format = useFormat()
  const navigate = useNavigate()
  const [status, setStatus] = useState('')
  const empty = assessments.length === 0 && workshops.length === 0
  return (
    <section className="clients-section" aria-labelledby="clients-unfiled">
      <h2 id="clients-unfiled">{t.heading}</h2>
      <p className="muted">{empty ? t.empty : t.intro}</p>
      {!empty && clients.length === 0 && <p>{t.noClients}</p>}
      {!empty && (
        <ul className="clients-unfiled">
          {assessments.map((record) => {
            const what = t.assessment(format.date(assessedAt(record)))
            const company = record.response.company?.name
            return (
              <li key={record.id} className="card clients-unfiled-item">
                <p className="clients-unfiled-title">
                  <strong>{what}</strong>
                  {company && ` ${t.company(company)}`}
                </p>
                <button
                  type="button"
                  className="button"
                  aria-label={t.openLabel(what)}
                  onClick={() => {
                    // The one already open holds the newest answers: keep them, just go there.
                    if (useAssessmentStore.getState().response?.id !== record.id) openAssessment(record)
                    void navigate(paths.overview())
                  }}
                >
                  {t.open}
                </button>
                {clients.length > 0 && (
                  <FileUnder
                    what={what}
                    clients={clients}
                    onFile={async (clientId, name) => {
                      await fileAssessment(record.id, clientId)
                      setStatus(t.filed(what, name))
                    }}
                  />
                )}
              </li>
            )
          })}
          {workshops.map((record) => {
            const what = t.workshop(record.workshop.title, format.date(record.workshop.date))
            return (
              <li key={record.id} className="card clients-unfiled-item">
                <p className="clients-unfiled-title">
                  <strong>{what}</strong>
                </p>
                <button
                  type="button"
                  className="button"
                  aria-label={t.openLabel(what)}
                  onClick={() => void navigate(paths.workshop(record.id))}
                >
                  {t.open}
                </button>
                {clients.length > 0 && (
                  <FileUnder
                    what={what}
                    clients={clients}
                    onFile={async (clientId, name) => {
                      await fileWorkshop(record.id, clientId)
                      setStatus(t.filed(what, name))
                    }}
                  />
                )}
              </li>
            )
          })}
        </ul>
      )}
      <p role="status" className={status ? 'notice notice-success' : undefined}>
        {status}
      </p>
    </section>
  )
}
