import { useId, useRef } from 'react'
import { buttonClassName } from './button.tsx'

interface CommonProps {
  /** The visible text, and so the input's accessible name (label in name). */
  label: string
  /** Says what kind of file is expected, read after the label. */
  hint?: string | undefined
  accept?: string
  /** The app's main action on its page: drawn as the primary button. */
  primary?: boolean
}

type FileButtonProps = CommonProps &
  ({ multiple?: false; onFile: (file: File) => void } | { multiple: true; onFiles: (files: File[]) => void })

/**
 * The one file picker of the app: a real file input under a button-looking label (no "Choose File /
 * No file chosen"). Keyboard users reach the input itself and see the focus on the button; the same
 * file can be chosen twice in a row.
 */
export function FileButton(props: FileButtonProps) {
  const { label, hint, accept = 'application/json,.json', primary = false } = props
  const id = useId()
  const ref = useRef<HTMLInputElement>(null)
  return (
    <span className="file-button">
      <input
        ref={ref}
        id={id}
        type="file"
        accept={accept}
        multiple={props.multiple}
        className="file-button-input"
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])]
          event.currentTarget.value = ''
          if (props.multiple) {
            if (files.length > 0) props.onFiles(files)
          } else if (files[0]) props.onFile(files[0])
        }}
      />
      <label htmlFor={id} className={buttonClassName(primary ? 'primary' : undefined)}>
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
