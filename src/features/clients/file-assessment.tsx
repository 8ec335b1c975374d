import { useId, useState } from 'react'
import { fileAssessment } from '../../data/commands.ts'
import type { AssessmentRecord } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { clientMessages } from './client-messages.ts'
import { useFormat } from '../../i18n/use-format.ts'
import { clientsMessages } from './messages.ts'
import { assessedAt } from './read.ts'
import { Button } from '../../ui/button.tsx'

interface FileAssessmentProps {
  clientId: string
  /** Assessments filed under no client. */
  unfiled: AssessmentRecord[]
}

/** Files the open assessment (when it is not this client's) or an unfiled one under this client. */
export function FileAssessment({ clientId, unfiled }: FileAssessmentProps) {
  const t = useT(clientMessages).file
  const u = useT(clientsMessages).unfiled
  const format = useFormat()
  const id = useId()
  const open = useAssessmentStore((s) => s.response)
  const openClient = useAssessmentStore((s) => s.clientId)
  const [chosen, setChosen] = useState('')
  const [status, setStatus] = useState('')
  const describe = (updatedAt: string, company: string | undefined) =>
    [u.assessment(format.date(updatedAt)), company && u.company(company)].filter(Boolean).join(' ')
  const candidates = [
    ...(open && openClient !== clientId
      ? [{ id: open.id, label: t.open(describe(open.updatedAt, open.company?.name)) }]
      : []),
    ...unfiled
      .filter((record) => record.id !== open?.id)
      .map((record) => ({ id: record.id, label: describe(assessedAt(record), record.response.company?.name) })),
  ]
  if (candidates.length === 0 && !status) return null
  const selected = candidates.find((c) => c.id === chosen) ?? candidates[0]
  return (
    <section className="clients-section" aria-labelledby="client-file">
      <h2 id="client-file">{t.heading}</h2>
      {candidates.length > 0 && (
        <form
          className="clients-file"
          onSubmit={(event) => {
            event.preventDefault()
            if (!selected) return
            void fileAssessment(selected.id, clientId).then(() => {
              setChosen('')
              setStatus(t.filed(selected.label))
            })
          }}
        >
          <p className="muted">{t.intro}</p>
          <label htmlFor={id}>{t.label}</label>
          <div className="clients-file-row">
            <select id={id} value={selected?.id ?? ''} onChange={(event) => setChosen(event.target.value)}>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
            <Button type="submit">{t.submit}</Button>
          </div>
        </form>
      )}
      <p role="status" className={status ? 'notice notice-success' : undefined}>
        {status}
      </p>
    </section>
  )
}
