import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { renameClient } from '../../data/commands.ts'
import { clientNameSchema, type ClientName, type ClientRecord } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { clientMessages } from './client-messages.ts'
import { NameField } from './name-field.tsx'

function Form({ client, onDone }: { client: ClientRecord; onDone: (renamedTo?: string) => void }) {
  const t = useT(clientMessages).rename
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ClientName>({ resolver: zodResolver(clientNameSchema), defaultValues: { name: client.name } })
  useEffect(() => setFocus('name', { shouldSelect: true }), [setFocus])
  const onSubmit = handleSubmit(async ({ name }) => {
    await renameClient(client.id, name)
    onDone(name)
  })
  return (
    <form className="card clients-rename" noValidate onSubmit={(event) => void onSubmit(event)}>
      <fieldset>
        <legend>{t.legend}</legend>
        <NameField
          id="client-rename-name"
          label={t.label}
          error={errors.name}
          messages={t}
          registration={register('name')}
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            {t.save}
          </button>
          <button type="button" className="button button-quiet" onClick={() => onDone()}>
            {t.cancel}
          </button>
        </div>
      </fieldset>
    </form>
  )
}

/** "Umbenennen": a button that opens the name form in place; focus returns to it when done. */
export function RenameClient({ client }: { client: ClientRecord }) {
  const t = useT(clientMessages).rename
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState('')
  const opener = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(false)
  useEffect(() => {
    if (!editing && wasEditing.current) opener.current?.focus()
    wasEditing.current = editing
  }, [editing])
  return (
    <>
      {editing ? (
        <Form
          client={client}
          onDone={(name) => {
            if (name) setStatus(t.renamed(name))
            setEditing(false)
          }}
        />
      ) : (
        <button ref={opener} type="button" className="button button-quiet" onClick={() => setEditing(true)}>
          {t.open}
        </button>
      )}
      <p role="status" className="muted clients-status">
        {status}
      </p>
    </>
  )
}
