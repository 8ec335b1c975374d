import { formatPath, type Locale } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useEditor } from './editor-context.tsx'
import { fieldMessages } from './field-messages.ts'
import { getIn, type Path } from './path.ts'
import { sayProblem } from './problem-messages.ts'

/** The DOM id of the input at a path: where "go to the problem" moves focus. */
export const fieldId = (path: Path) => `field-${formatPath(path).replace(/[^\w-]/g, '_')}`

function useField(path: Path, hint: string | undefined) {
  const { draft, check, set } = useEditor()
  const locale = useLocale()
  const id = fieldId(path)
  const problems = (check.byPath.get(formatPath(path)) ?? []).map((m) => sayProblem(m, locale))
  const describedBy = [hint ? `${id}-hint` : '', problems.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ')
  return {
    id,
    value: getIn(draft, path),
    set: (value: unknown) => set(path, value),
    problems,
    inputProps: {
      id,
      'aria-invalid': problems.length > 0 ? ('true' as const) : undefined,
      'aria-describedby': describedBy || undefined,
    },
  }
}

/** A field's hint and its problems, each with the id its input's aria-describedby names. */
export function FieldMessages({ id, hint, problems }: { id: string; hint?: string | undefined; problems: string[] }) {
  return (
    <>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {problems.length > 0 && (
        <span className="field-error" id={`${id}-error`}>
          {problems.join(' ')}
        </span>
      )}
    </>
  )
}

interface TextProps {
  path: Path
  label: string
  hint?: string | undefined
  multiline?: boolean
  /** Instead of setting the value at `path` (an id rename also renames what refers to it). */
  onText?: (value: string) => void
}

/** One text in one language (an id, a version). */
export function TextField({ path, label, hint, multiline = false, onText }: TextProps) {
  const field = useField(path, hint)
  const value = typeof field.value === 'string' ? field.value : ''
  const change = (next: string) => (onText ? onText(next) : field.set(next))
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {multiline ? (
        <textarea {...field.inputProps} rows={3} value={value} onChange={(e) => change(e.currentTarget.value)} />
      ) : (
        <input {...field.inputProps} type="text" value={value} onChange={(e) => change(e.currentTarget.value)} />
      )}
      <FieldMessages id={field.id} hint={hint} problems={field.problems} />
    </div>
  )
}

function LanguageInput({
  path,
  label,
  language,
  multiline,
}: {
  path: Path
  label: string
  language: Locale
  multiline: boolean
}) {
  const t = useT(fieldMessages)
  const field = useField([...path, language], undefined)
  const value = typeof field.value === 'string' ? field.value : ''
  return (
    <div className="field editor-language" lang={language}>
      <label htmlFor={field.id}>
        <span className="visually-hidden">{label} (</span>
        <span className="editor-language-tag">{t[language]}</span>
        <span className="visually-hidden">)</span>
      </label>
      {multiline ? (
        <textarea {...field.inputProps} rows={2} value={value} onChange={(e) => field.set(e.currentTarget.value)} />
      ) : (
        <input {...field.inputProps} type="text" value={value} onChange={(e) => field.set(e.currentTarget.value)} />
      )}
      <FieldMessages id={field.id} problems={field.problems} />
    </div>
  )
}

/** A text in German and English side by side (stacked on a phone), each with its own label and problems. */
export function BilingualField({ path, label, multiline = false }: { path: Path; label: string; multiline?: boolean }) {
  return (
    <div className="editor-bilingual" role="group" aria-label={label}>
      <p className="editor-bilingual-label" aria-hidden="true">
        {label}
      </p>
      <div className="editor-bilingual-columns">
        <LanguageInput path={path} label={label} language="de" multiline={multiline} />
        <LanguageInput path={path} label={label} language="en" multiline={multiline} />
      </div>
    </div>
  )
}

/** A number (a weight, a threshold) with what it changes said beside it. */
export function NumberField({
  path,
  label,
  hint,
  step = 'any',
}: {
  path: Path
  label: string
  hint: string
  step?: string
}) {
  const field = useField(path, hint)
  const value = typeof field.value === 'number' && !Number.isNaN(field.value) ? String(field.value) : ''
  return (
    <div className="field editor-number">
      <label htmlFor={field.id}>{label}</label>
      <input
        {...field.inputProps}
        type="number"
        inputMode="decimal"
        step={step}
        value={value}
        onChange={(e) => field.set(e.currentTarget.value === '' ? Number.NaN : Number(e.currentTarget.value))}
      />
      <FieldMessages id={field.id} hint={hint} problems={field.problems} />
    </div>
  )
}

/** A choice from a fixed list (a layer, a dimension). */
export function SelectField({
  path,
  label,
  hint,
  options,
}: {
  path: Path
  label: string
  hint?: string
  options: readonly { value: string; label: string }[]
}) {
  const field = useField(path, hint)
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select
        {...field.inputProps}
        value={String(field.value ?? '')}
        onChange={(e) => field.set(e.currentTarget.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={field.id} hint={hint} problems={field.problems} />
    </div>
  )
}

/** A yes/no setting. */
export function CheckboxField({ path, label }: { path: Path; label: string }) {
  const field = useField(path, undefined)
  return (
    <div className="editor-checkbox">
      <input
        {...field.inputProps}
        type="checkbox"
        checked={field.value === true}
        onChange={(e) => field.set(e.currentTarget.checked)}
      />
      <label htmlFor={field.id}>{label}</label>
      <FieldMessages id={field.id} problems={field.problems} />
    </div>
  )
}
