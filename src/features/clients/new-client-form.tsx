import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { createClient } from '../../data/commands.ts'
import { clientNameSchema, type ClientName } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { clientsMessages } from './messages.ts'
import { NameField } from './name-field.tsx'
import { Button } from '../../ui/button.tsx'

/** "Neuer Mandant": a name, required; the new client appears in the list below. */
export function NewClientForm() {
  const t = useT(clientsMessages).create
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null)
  const {
    register,
    handleSubmit,
    reset,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<ClientName>({ resolver: zodResolver(clientNameSchema), defaultValues: { name: '' } })
  const onSubmit = handleSubmit(async ({ name }) => {
    try {
      const client = await createClient(name)
      reset()
      setStatus({ ok: true, text: t.created(client.name) })
    } catch {
      setStatus({ ok: false, text: t.failed })
    }
    setFocus('name')
  })
  return (
    <section className="card clients-section" aria-labelledby="clients-new">
      <h2 id="clients-new">{t.heading}</h2>
      <form className="clients-new-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <NameField
          id="clients-new-name"
          label={t.name}
          hint={t.hint}
          error={errors.name}
          messages={t}
          registration={register('name')}
        />
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {t.submit}
        </Button>
      </form>
      <p role="status" className={status ? `notice ${status.ok ? 'notice-success' : 'notice-error'}` : undefined}>
        {status?.text}
      </p>
    </section>
  )
}
