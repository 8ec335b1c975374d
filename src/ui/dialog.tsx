import { useEffect, useId, useRef, type ReactNode } from 'react'
import './dialog.css'

interface DialogProps {
  open: boolean
  title: string
  onClose: () => void
  children: ReactNode
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, makes the page behind inert,
 * closes on Escape and returns focus to the button that opened it.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const opener = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal()
      else {
        // jsdom has no showModal: open in place and move focus in as the browser would.
        opener.current = document.activeElement as HTMLElement | null
        dialog.setAttribute('open', '')
        dialog.querySelector<HTMLElement>('button, [href], input, textarea, select')?.focus()
      }
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close()
      else {
        dialog.removeAttribute('open')
        opener.current?.focus()
      }
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onClose()
        }
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          {children}
        </>
      )}
    </dialog>
  )
}
