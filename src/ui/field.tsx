import type { ReactNode } from 'react'

/** What the control inside a field needs so its label, hint and error reach a screen reader. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface FieldProps {
  id: string
  label: string
  hint?: string | undefined
  /** The message shown under the control; while there is one, the control is marked invalid. */
  error?: string | null | undefined
  className?: string | undefined
  /** The control (input, select, a row of inputs…), given the ids that tie it to its label, hint and error. */
  children: (control: FieldControlProps) => ReactNode
}

/**
 * A labelled form control with its hint and error: the label names the control, and the hint and
 * the error are its description, so a screen reader says both when the control gets focus — which
 * react-hook-form moves to the first invalid field on submit.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const described = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      {error && (
        <span className="field-error" id={errorId}>
          {error}
        </span>
      )}
    </div>
  )
}
