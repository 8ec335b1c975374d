import { useState, type ReactNode } from 'react'
import { localize, questionnaireKey, withDerivedCarryOver, type Questionnaire } from '../../domain/index.ts'
import { saveQuestionnaireVersion } from '../../data/drafts.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { Dialog } from '../../ui/dialog.tsx'
import { editorMessages } from './messages.ts'
import { sayProblem } from './problem-messages.ts'
import type { DraftCheck } from './validation.ts'
import { Button } from '../../ui/button.tsx'

/** Shows what changed from the source to the new version (the app fills it in; a summary of counts otherwise). */
export type ChangeSummary = (props: { before: Questionnaire; after: Questionnaire }) => ReactNode

interface SaveStepProps {
  open: boolean
  source: Questionnaire
  draft: Questionnaire
  check: DraftCheck
  draftId: string
  /** id@version keys this browser already has. */
  taken: ReadonlySet<string>
  /** The versions a new one follows: answers on them carry over by the diff's rules. */
  known: readonly Questionnaire[]
  changeSummary?: ChangeSummary | undefined
  onVersion: (version: string) => void
  onGoTo: (path: string) => void
  onSaved: (saved: Questionnaire) => void
  onClose: () => void
}

/** The save step: the change in short, the version number, and the problems that stand in the way. */
export function SaveStep(props: SaveStepProps) {
  const {
    open,
    source,
    draft,
    check,
    draftId,
    taken,
    known,
    changeSummary: Summary,
    onVersion,
    onGoTo,
    onSaved,
    onClose,
  } = props
  const t = useT(editorMessages).save
  const locale = useLocale()
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  const exists = taken.has(questionnaireKey(draft.id, draft.version))

  async function save() {
    if (!check.ok || exists) return
    setBusy(true)
    setFailed(false)
    try {
      const outcome = await saveQuestionnaireVersion(withDerivedCarryOver(check.value, known), draftId)
      if (outcome.ok) onSaved(check.value)
      else setFailed(true)
    } catch {
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog open={open} title={t.heading} onClose={onClose}>
      <p>{t.intro}</p>
      <p>
        {t.from(localize(source.title, locale), source.version)}{' '}
        {t.summary(draft.dimensions.length, draft.questions.length)}
      </p>
      {Summary && check.ok && <Summary before={source} after={check.value} />}
      <div className="field">
        <label htmlFor="editor-save-version">{t.version}</label>
        <input
          id="editor-save-version"
          type="text"
          value={draft.version}
          aria-invalid={exists || check.byPath.has('version') ? 'true' : undefined}
          aria-describedby="editor-save-version-hint"
          onChange={(e) => onVersion(e.currentTarget.value)}
        />
        <span className="field-hint" id="editor-save-version-hint">
          {exists ? t.exists(draft.version) : t.versionHint}
        </span>
      </div>
      {!check.ok && (
        <div className="notice notice-error">
          <p>{t.invalid(check.problems.length)}</p>
          <ul className="problem-list">
            {check.problems.slice(0, 12).map((problem, i) => (
              <li key={`${problem.path}-${i}`}>
                <button type="button" className="editor-link" onClick={() => onGoTo(problem.path)}>
                  <code>{problem.path}</code>
                </button>
                : {sayProblem(problem, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {failed && (
        <p className="notice notice-error" role="alert">
          {t.failed}
        </p>
      )}
      <div className="button-row">
        <Button variant="primary" disabled={!check.ok || exists || busy} onClick={() => void save()}>
          {t.confirm(draft.version)}
        </Button>
        <Button onClick={onClose}>{t.cancel}</Button>
      </div>
    </Dialog>
  )
}
