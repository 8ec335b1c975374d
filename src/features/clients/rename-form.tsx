import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { useForm } from 'react-hook-form'
import { renameClient } from '../../data/commands.ts'
import { clientNameSchema, type ClientName, type ClientRecord } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { clientMessages } from './client-messages.ts'
import { NameField } from './name-field.tsx'
import { Button } from '../../ui/button.tsx'

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
          <Button type="submit" variant="primary" disabled={isSubmitting}>
            {t.save}
          </Button>
          <Button variant="quiet" onClick={() => onDone()}>
            {t.cancel}
          </Button>
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
        <Button ref={opener} variant="quiet" onClick={() => setEditing(true)}>
          {t.open}
        </Button>
      )}
      <p role="status" className="muted clients-status">
        {status}
      </p>
    </>
  )
}
