import { useState } from 'react'
import { localize, type Questionnaire } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { copyForEditing, nextVersion, uniqueId, type CopyMode } from './draft.ts'
import { editorMessages } from './messages.ts'

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
        <div className="editor-choice">
          <input
            type="radio"
            id="editor-copy-version"
            name="editor-copy"
            checked={kind === 'version'}
            aria-describedby="editor-copy-version-hint"
            onChange={() => setKind('version')}
          />
          <label htmlFor="editor-copy-version">{t.version(version)}</label>
          <p className="field-hint" id="editor-copy-version-hint">
            {t.versionHint}
          </p>
        </div>
        <div className="editor-choice">
          <input
            type="radio"
            id="editor-copy-fork"
            name="editor-copy"
            checked={kind === 'fork'}
            aria-describedby="editor-copy-fork-hint"
            onChange={() => setKind('fork')}
          />
          <label htmlFor="editor-copy-fork">{t.fork}</label>
          <p className="field-hint" id="editor-copy-fork-hint">
            {t.forkHint}
          </p>
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
        </div>
      </fieldset>
      <button
        type="button"
        className="button button-primary"
        disabled={kind === 'fork' && !validId}
        onClick={() => onStart(copyForEditing(source, kind === 'version' ? { kind, version } : { kind, id }))}
      >
        {t.begin}
      </button>
    </section>
  )
}
