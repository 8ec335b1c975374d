import type { ReactNode } from 'react'
import { localize, type LocalizedText } from '../../domain/index.ts'
import { useLocale } from '../../i18n/use-t.ts'
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

/** An area or a question of the draft: its kind above its name, and a button that removes it. */
export function PartForm({
  labels,
  part,
  onRemove,
  onRemoved,
  children,
}: {
  /** What kind of part it is, and the remove button's text. */
  labels: { heading: string; remove: string }
  part: { id: string; title: LocalizedText }
  onRemove: () => void
  /** Told the removed part's name, to say which one is gone. */
  onRemoved: (name: string) => void
  children: ReactNode
}) {
  const locale = useLocale()
  // A part just added has no title yet: its id names it.
  const name = localize(part.title, locale) || part.id
  const remove = () => {
    onRemove()
    onRemoved(name)
  }
  return (
    <EditorForm eyebrow={labels.heading} heading={name} remove={{ label: labels.remove, onRemove: remove }}>
      {children}
    </EditorForm>
  )
}
