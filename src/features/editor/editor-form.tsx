import type { ReactNode } from 'react'
import { Button } from '../../ui/button.tsx'

interface EditorFormProps {
  heading: ReactNode
  /** What kind of part it is ("Bereich", "Frage"), above its name. */
  eyebrow?: string
  /** An area or a question can be removed: the button's text and what it does. */
  remove?: { label: string; onRemove: () => void }
  children: ReactNode
}

/** The form beside the outline: one part of the questionnaire under its heading (focus moves to it). */
export function EditorForm({ heading, eyebrow, remove, children }: EditorFormProps) {
  return (
    <section className="editor-form" aria-labelledby="editor-form-heading">
      <h2 id="editor-form-heading">
        {eyebrow && <span className="eyebrow">{eyebrow}</span>}
        {eyebrow && ' '}
        {heading}
      </h2>
      {children}
      {remove && (
        <div className="button-row">
          <Button variant="danger" onClick={remove.onRemove}>
            {remove.label}
          </Button>
        </div>
      )}
    </section>
  )
}
