import { useId, useState } from 'react'
import { Button } from './button.tsx'
import './team-base.css'

/** A read-only text (a link) with a copy button and a polite confirmation. */
export function CopyField({
  label,
  value,
  copy,
  copied,
}: {
  label: string
  value: string
  copy: string
  copied: string
}) {
  const id = useId()
  const [done, setDone] = useState(false)
  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(value)
      setDone(true)
    } catch {
      // No clipboard permission: select the text so Ctrl+C works.
      ;(document.getElementById(id) as HTMLInputElement | null)?.select()
    }
  }
  return (
    <div className="copy">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        <Button onClick={() => void onCopy()}>{copy}</Button>
      </div>
      <p role="status" className="muted">
        {done ? copied : ''}
      </p>
    </div>
  )
}
