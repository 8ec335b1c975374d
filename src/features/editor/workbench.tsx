import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react'
import { exportFileName, questionnaireKey, type Questionnaire } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { downloadJson } from '../../ui/download.ts'
import { AdoptionForm } from './adoption-form.tsx'
import { DimensionForm } from './dimension-form.tsx'
import { EditorContext, type EditorApi } from './editor-context.tsx'
import { fieldId } from './fields.tsx'
import { GeneralForm } from './general-form.tsx'
import { editorMessages } from './messages.ts'
import { Outline } from './outline.tsx'
import { setIn } from './path.ts'
import { Preview, type QuestionPreview } from './preview.tsx'
import { QuestionForm } from './question-form.tsx'
import { SaveStep, type ChangeSummary } from './save-step.tsx'
import { ScoringForm } from './scoring-form.tsx'
import { selectionOf, type Selection } from './selection.ts'
import { useDraft } from './use-draft.ts'
import { checkDraft } from './validation.ts'
import { Button } from '../../ui/button.tsx'

export interface EditorSlots {
  /** The question as the assessment shows it. */
  questionPreview?: QuestionPreview | undefined
  /** What changed, shown in the save step. */
  changeSummary?: ChangeSummary | undefined
  /** More ways to export the draft, beside JSON (e.g. a spreadsheet). */
  exports?: ((draft: Questionnaire) => ReactNode) | undefined
}

interface WorkbenchProps extends EditorSlots {
  draftId: string
  source: Questionnaire
  initial: Questionnaire
  createdAt: string
  taken: ReadonlySet<string>
  known: readonly Questionnaire[]
  notice?: ReactNode
  onSaved: (saved: Questionnaire) => void
}

/** The editor itself: the list of parts on the left, the selected part's form, the preview. */
export function Workbench(props: WorkbenchProps) {
  const { draftId, source, initial, createdAt, taken, known, notice, onSaved, ...slots } = props
  const t = useT(editorMessages)
  const draft = useDraft(draftId, initial, createdAt)
  const check = useMemo(() => checkDraft(draft.draft), [draft.draft])
  // What the sample report scores: the draft while valid, else its last valid state.
  const [lastValid, setLastValid] = useState<Questionnaire>(check.ok ? check.value : source)
  if (check.ok && check.value !== lastValid) setLastValid(check.value)
  const [selection, setSelection] = useState<Selection>({ kind: 'question', index: 0 })
  const [announcement, setAnnouncement] = useState('')
  const [saving, setSaving] = useState(false)
  const { edit } = draft
  const api = useMemo<EditorApi>(
    () => ({
      draft: draft.draft,
      check,
      edit,
      set: (path, value) => edit(setIn(draft.draft, path, value), path.join('.')),
    }),
    [draft.draft, check, edit],
  )

  function onKeyDown(event: KeyboardEvent) {
    if (!(event.ctrlKey || event.metaKey) || saving) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) draft.undo()
    else if ((key === 'z' && event.shiftKey) || key === 'y') draft.redo()
    else return
    event.preventDefault()
  }

  function goTo(path: string) {
    setSaving(false)
    setSelection(selectionOf(path))
    const segments = path
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
    requestAnimationFrame(() => document.getElementById(fieldId(segments))?.focus())
  }

  const questionIndex = selection.kind === 'question' ? selection.index : 0
  const removed = (name: string) => {
    setSelection({ kind: 'general' })
    setAnnouncement(t.outline.removed(name))
  }
  const status =
    draft.autosave.kind === 'saving'
      ? t.toolbar.saving
      : draft.autosave.kind === 'saved'
        ? t.toolbar.saved(draft.autosave.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }))
        : ''
  return (
    <EditorContext value={api}>
      {/* Ctrl+Z anywhere in the editor undoes the last change to the draft (the inputs are the draft's). */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="editor" onKeyDown={onKeyDown}>
        <div className="editor-toolbar" role="toolbar" aria-label={t.toolbar.label}>
          {[
            { label: `↶ ${t.toolbar.undo}`, enabled: draft.canUndo, run: draft.undo, keys: 'Control+Z' },
            { label: `↷ ${t.toolbar.redo}`, enabled: draft.canRedo, run: draft.redo, keys: 'Control+Shift+Z' },
          ].map(({ label, enabled, run, keys }) => (
            <Button key={keys} disabled={!enabled} onClick={run} aria-keyshortcuts={keys}>
              {label}
            </Button>
          ))}
          <span className="editor-status" role="status">
            {status}
          </span>
          <span className={check.ok ? 'editor-ok' : 'editor-badge'}>
            {check.ok ? t.toolbar.noProblems : t.toolbar.problems(check.problems.length)}
          </span>
          <details className="editor-export">
            <summary className="button">{t.toolbar.export}</summary>
            <div className="editor-export-menu">
              <Button
                variant="quiet"
                onClick={() =>
                  downloadJson(
                    exportFileName([draft.draft.id, draft.draft.version], 'json'),
                    check.ok ? check.value : draft.draft,
                  )
                }
              >
                {t.toolbar.exportJson}
              </Button>
              {slots.exports?.(draft.draft)}
            </div>
          </details>
          <Button variant="primary" onClick={() => setSaving(true)}>
            {t.toolbar.save(draft.draft.version)}
          </Button>
        </div>
        {notice}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
        <div className="editor-columns">
          <Outline selection={selection} onSelect={setSelection} onAnnounce={setAnnouncement} />
          <div className="editor-main">
            {selection.kind === 'general' && <GeneralForm />}
            {selection.kind === 'scoring' && <ScoringForm />}
            {selection.kind === 'adoption' && <AdoptionForm />}
            {selection.kind === 'dimension' && <DimensionForm index={selection.index} onRemoved={removed} />}
            {selection.kind === 'question' && <QuestionForm index={selection.index} onRemoved={removed} />}
            <Preview
              draft={draft.draft}
              valid={lastValid}
              validNow={check.ok}
              questionIndex={questionIndex}
              renderQuestion={slots.questionPreview}
              reportFirst={
                selection.kind === 'scoring' || selection.kind === 'adoption' || selection.kind === 'dimension'
              }
            />
          </div>
        </div>
        <SaveStep
          open={saving}
          source={source}
          draft={draft.draft}
          check={check}
          draftId={draftId}
          taken={taken}
          known={known}
          changeSummary={slots.changeSummary}
          onVersion={(version) => draft.edit(setIn(draft.draft, ['version'], version), 'version')}
          onGoTo={goTo}
          onSaved={(saved) => {
            draft.settle()
            setSaving(false)
            onSaved(saved)
          }}
          onClose={() => setSaving(false)}
        />
      </div>
    </EditorContext>
  )
}

export const keyOf = (q: Questionnaire) => questionnaireKey(q.id, q.version)
