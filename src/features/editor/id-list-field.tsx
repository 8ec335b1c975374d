import { useState } from 'react'
import { formatPath } from '../../domain/index.ts'
import { useLocale } from '../../i18n/use-t.ts'
import { useEditor } from './editor-context.tsx'
import { FieldMessages, fieldId } from './fields.tsx'
import type { Path } from './path.ts'
import { sayProblem } from './problem-messages.ts'

const parse = (text: string) =>
  text
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean)

/** A list of ids typed as one line, "a, b": the text stays as typed (a trailing comma too) while the draft gets the list. */
export function IdListField(props: {
  path: Path
  label: string
  hint: string
  ids: string[]
  onIds: (ids: string[]) => void
}) {
  const { path, label, hint, ids, onIds } = props
  const { check } = useEditor()
  const locale = useLocale()
  const [text, setText] = useState(ids.join(', '))
  // Undo or another change replaced the list: show it.
  const shown = parse(text).join('\u0000') === ids.join('\u0000') ? text : ids.join(', ')
  const id = fieldId(path)
  const prefix = formatPath(path)
  const problems = [...check.byPath]
    .filter(([at]) => at.startsWith(`${prefix}[`))
    .flatMap(([, messages]) => messages.map((m) => sayProblem(m, locale)))
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={shown}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        aria-describedby={`${id}-hint${problems.length > 0 ? ` ${id}-error` : ''}`}
        onChange={(event) => {
          setText(event.currentTarget.value)
          onIds(parse(event.currentTarget.value))
        }}
      />
      <FieldMessages id={id} hint={hint} problems={problems} />
    </div>
  )
}
