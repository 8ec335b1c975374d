import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { Field } from '../../ui/field.tsx'

interface NameFieldProps {
  id: string
  label: string
  hint?: string
  error: FieldError | undefined
  messages: { required: string; tooLong: string }
  registration: UseFormRegisterReturn<'name'>
}

/** A client's name (checked by the domain's `clientNameSchema`), labelled, with its hint and error. */
export function NameField({ id, label, hint, error, messages, registration }: NameFieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      error={error && (error.type === 'too_big' ? messages.tooLong : messages.required)}
    >
      {(control) => <input type="text" autoComplete="organization" {...control} {...registration} />}
    </Field>
  )
}
