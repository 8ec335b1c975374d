import { zodResolver } from '@hookform/resolvers/zod'
import { useId, useState } from 'react'
import { useForm } from 'react-hook-form'
import { workshopDetailsSchema } from '../../../domain/index.ts'
import { useT } from '../../../i18n/use-t.ts'
import type { WorkshopDetails } from '../../../store/workshop-store.ts'
import { Field } from '../../../ui/field.tsx'
import { roleLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import { Button } from '../../../ui/button.tsx'

type FormValues = Omit<WorkshopDetails, 'roles'>

/** Title, organisation, date, facilitator and the editable role list. */
export function WorkshopForm({
  initial,
  questionnaireLabel,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: WorkshopDetails
  questionnaireLabel: string
  submitLabel: string
  onSubmit: (details: WorkshopDetails) => void
  onCancel?: () => void
}) {
  const t = useT(workshopMessages)
  const id = useId()
  const [roles, setRoles] = useState<string[]>(initial.roles)
  const [newRole, setNewRole] = useState('')
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormValues>({
    resolver: zodResolver(workshopDetailsSchema),
    defaultValues: {
      title: initial.title,
      organisation: initial.organisation ?? '',
      date: initial.date,
      facilitator: initial.facilitator ?? '',
    },
  })
  const addRole = () => {
    const role = newRole.trim()
    if (role && !roles.includes(role) && roles.length < 30) setRoles([...roles, role])
    setNewRole('')
  }
  const submit = (values: FormValues) => onSubmit({ ...values, roles })
  const titleError = errors.title ? t.form.required : null
  const dateError = errors.date ? t.form.invalidDate : null
  return (
    <form className="workshop-form" onSubmit={(e) => void handleSubmit(submit)(e)} noValidate>
      <fieldset>
        <legend>{t.form.legend}</legend>
        <p className="muted">{questionnaireLabel}</p>
        <Field id={`${id}-title`} label={t.form.title} error={titleError}>
          {(control) => <input {...control} {...register('title')} />}
        </Field>
        <div className="field-row">
          <Field id={`${id}-organisation`} label={t.form.organisation}>
            {(control) => <input {...control} {...register('organisation')} />}
          </Field>
          <Field id={`${id}-date`} label={t.form.date} error={dateError}>
            {(control) => <input {...control} type="date" {...register('date')} />}
          </Field>
          <Field id={`${id}-facilitator`} label={t.form.facilitator}>
            {(control) => <input {...control} {...register('facilitator')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t.form.roles}</legend>
        <p className="muted">{t.form.rolesHint}</p>
        <ul className="chips">
          {roles.map((role) => (
            <li key={role} className="chip">
              {roleLabel(t, role)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t.form.removeRole(roleLabel(t, role))}
                onClick={() => setRoles(roles.filter((r) => r !== role))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="inline-fields">
          <label htmlFor={`${id}-role`}>{t.form.newRole}</label>
          <input
            id={`${id}-role`}
            value={newRole}
            maxLength={200}
            onChange={(e) => setNewRole(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                addRole()
              }
            }}
          />
          <Button onClick={addRole}>{t.form.addRole}</Button>
        </div>
      </fieldset>
      <div className="button-row">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t.form.cancel}</Button>}
      </div>
    </form>
  )
}
