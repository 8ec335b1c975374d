import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Button } from './button.tsx'
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
      <Button ref={openerRef} variant="quiet" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </Button>
    )
  return (
    <span role="group" aria-label={question} className="confirm">
      <span className="confirm-question">{question}</span>
      <Button ref={confirmRef} variant="danger" onClick={onConfirm}>
        {confirm}
      </Button>
      <Button onClick={() => setAsking(false)}>{cancel}</Button>
    </span>
  )
}
