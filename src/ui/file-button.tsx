import { useId, useRef } from 'react'

interface FileButtonProps {
  label: string
  /** Says what kind of file is expected, read after the label. */
  hint?: string
  accept?: string
  onFile: (file: File) => void
}

/**
 * A real file input under a button-looking label: keyboard users reach the input itself, and the
 * same file can be chosen twice in a row.
 */
export function FileButton({ label, hint, accept = 'application/json,.json', onFile }: FileButtonProps) {
  const id = useId()
  const ref = useRef<HTMLInputElement>(null)
  return (
    <span className="file-button">
      <input
        ref={ref}
        id={id}
        type="file"
        accept={accept}
        className="file-button-input"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          event.currentTarget.value = ''
          if (file) onFile(file)
        }}
      />
      <label htmlFor={id} className="button">
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="visually-hidden">
          {hint}
        </span>
      )}
    </span>
  )
}
