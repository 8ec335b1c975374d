import { useState, type ReactNode } from 'react'
import { localize, type Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { copyForEditing, nextVersion, uniqueId, type CopyMode } from './draft.ts'
import { editorMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'

/** One way to start: a radio button with its label and hint, and what that way asks for besides. */
function CopyChoice({
  value,
  chosen,
  onChoose,
  label,
  hint,
  children,
}: {
  value: CopyMode['kind']
  chosen: CopyMode['kind']
  onChoose: (kind: CopyMode['kind']) => void
  label: string
  hint: string
  children?: ReactNode
}) {
  const id = `editor-copy-${value}`
  return (
    <div className="editor-choice">
      <input
        type="radio"
        id={id}
        name="editor-copy"
        checked={chosen === value}
        aria-describedby={`${id}-hint`}
        onChange={() => onChoose(value)}
      />
      <label htmlFor={id}>{label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      {children}
    </div>
  )
}

/** The first step: a new version of the same questionnaire, or a questionnaire of one's own, each said plainly. */
export function StartChoice({
  source,
  library,
  onStart,
}: {
  source: Questionnaire
  library: readonly Questionnaire[]
  onStart: (copy: Questionnaire) => void
}) {
  const t = useT(editorMessages).start
  const locale = useLocale()
  const version = nextVersion(
    source.version,
    new Set([source.version, ...library.filter((q) => q.id === source.id).map((q) => q.version)]),
  )
  const [kind, setKind] = useState<CopyMode['kind']>('version')
  const [id, setId] = useState(() => uniqueId(`${source.id}-eigen`, [source.id, ...library.map((q) => q.id)]))
  const validId = /^[a-z][a-z0-9-]{0,63}$/.test(id) && id !== source.id
  return (
    <section className="card editor-start" aria-labelledby="editor-start-heading">
      <h2 id="editor-start-heading">{t.heading}</h2>
      <p>{t.intro(localize(source.title, locale), source.version)}</p>
      <fieldset>
        <legend>{t.legend}</legend>
        <CopyChoice value="version" chosen={kind} onChoose={setKind} label={t.version(version)} hint={t.versionHint} />
        <CopyChoice value="fork" chosen={kind} onChoose={setKind} label={t.fork} hint={t.forkHint}>
          {kind === 'fork' && (
            <div className="field">
              <label htmlFor="editor-fork-id">{t.forkId}</label>
              <input
                id="editor-fork-id"
                type="text"
                value={id}
                aria-invalid={validId ? undefined : 'true'}
                onChange={(e) => setId(e.currentTarget.value)}
              />
            </div>
          )}
        </CopyChoice>
      </fieldset>
      <Button
        variant="primary"
        disabled={kind === 'fork' && !validId}
        onClick={() => onStart(copyForEditing(source, kind === 'version' ? { kind, version } : { kind, id }))}
      >
        {t.begin}
      </Button>
    </section>
  )
}
