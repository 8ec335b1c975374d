import { useEffect, useRef, useState, type ReactNode } from 'react'
import './team-base.css'

/** A destructive action that asks first, in place: the question, then confirm or cancel. */
export function ConfirmButton({
  label,
  accessibleLabel,
  question,
  confirm,
  cancel,
  onConfirm,
}: {
  label: ReactNode
  accessibleLabel?: string
  question: string
  confirm: string
  cancel: string
  onConfirm: () => void
}) {
  const [asking, setAsking] = useState(false)
  const confirmRef = useRef<HTMLButtonElement>(null)
  const openerRef = useRef<HTMLButtonElement>(null)
  const wasAsking = useRef(false)
  useEffect(() => {
    if (asking) confirmRef.current?.focus()
    else if (wasAsking.current) openerRef.current?.focus()
    wasAsking.current = asking
  }, [asking])
  if (!asking)
    return (
      <button
        type="button"
        ref={openerRef}
        className="button button-quiet"
        aria-label={accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    )
  return (
    <span role="group" aria-label={question} className="confirm">
      <span className="confirm-question">{question}</span>
      <button type="button" ref={confirmRef} className="button button-danger" onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {cancel}
      </button>
    </span>
  )
}
