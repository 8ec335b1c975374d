import type { FieldError, UseFormRegisterReturn } from 'react-hook-form'
import { z } from 'zod'

const MAX_NAME = 200

/** A client's name: what the new-client and rename forms check (the record allows up to 200 characters). */
export const clientNameSchema = z.object({
  name: z.string().trim().min(1, 'required').max(MAX_NAME, 'tooLong'),
})
export type ClientNameValues = z.infer<typeof clientNameSchema>

interface NameFieldProps {
  id: string
  label: string
  hint?: string
  error: FieldError | undefined
  messages: { required: string; tooLong: string }
  registration: UseFormRegisterReturn<'name'>
}

/** The labelled name input with its hint and error, tied together for screen readers. */
export function NameField({ id, label, hint, error, messages, registration }: NameFieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        autoComplete="organization"
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        {...registration}
      />
      {error && (
        <span className="field-error" id={`${id}-error`}>
          {error.message === 'tooLong' ? messages.tooLong : messages.required}
        </span>
      )}
    </div>
  )
}
