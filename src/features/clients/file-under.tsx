import { useId, useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { clientsMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'

interface FileUnderProps {
  /** What is filed, for the accessible names: "Einschätzung vom 2. März 2025". */
  what: string
  clients: { id: string; name: string }[]
  onFile: (clientId: string, clientName: string) => Promise<void>
}

/** "Einem Mandanten zuordnen": a client select and its button, for one unfiled record. */
export function FileUnder({ what, clients, onFile }: FileUnderProps) {
  const t = useT(clientsMessages).unfiled
  const id = useId()
  const [clientId, setClientId] = useState('')
  const chosen = clients.find((c) => c.id === clientId)
  return (
    <form
      className="clients-file"
      onSubmit={(event) => {
        event.preventDefault()
        if (chosen) void onFile(chosen.id, chosen.name)
      }}
    >
      <label htmlFor={id}>
        {t.fileLabel}
        <span className="visually-hidden">: {what}</span>
      </label>
      <div className="clients-file-row">
        <select id={id} value={clientId} onChange={(event) => setClientId(event.target.value)}>
          <option value="">{t.choose}</option>
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.name}
            </option>
          ))}
        </select>
        <Button type="submit" disabled={!chosen} aria-label={t.fileLabelFor(what)}>
          {t.file}
        </Button>
      </div>
    </form>
  )
}
