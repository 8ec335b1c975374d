import { useEffect, useState, type ReactNode } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import { localize, questionnaireKey, type Questionnaire } from '../../domain/index.ts'
import { startAssessment } from '../../data/commands.ts'
import { deleteDraft, readDraft } from '../../data/drafts.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { loadQuestionnaireVersion } from '../../store/questionnaire-versions.ts'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { readDraftShape } from './draft-shape.ts'
import { editorMessages } from './messages.ts'
import { StartChoice } from './start-choice.tsx'
import { Workbench, type EditorSlots } from './workbench.tsx'
import { paths } from '../../ui/paths.ts'
import { Button, ButtonLink } from '../../ui/button.tsx'
import './editor.css'

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'choose'; source: Questionnaire; brokenDraft: boolean }
  | { kind: 'editing'; source: Questionnaire; draft: Questionnaire; createdAt: string; restoredAt?: string }
  | { kind: 'saved'; questionnaire: Questionnaire }

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('@')
  return [key.slice(0, at), key.slice(at + 1)]
}

/** `/questionnaire/edit/:key`: a copy of a library questionnaire (id@version) to edit, its draft restored. */
export function EditorPage(slots: EditorSlots) {
  const t = useT(editorMessages)
  const locale = useLocale()
  const navigate = useNavigate()
  const key = useParams().key ?? ''
  const library = useQuestionnaireStore((s) => s.library)
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [builtIn, setBuiltIn] = useState<Questionnaire | null>(null)
  useDocumentTitle(t.title)

  useEffect(() => {
    let current = true
    const [id, version] = splitKey(key)
    void Promise.all([loadQuestionnaireVersion(id, version), readDraft(key), loadDefaultQuestionnaire()]).then(
      ([source, stored, fallback]) => {
        if (!current) return
        setBuiltIn(fallback)
        if (!source) return setState({ kind: 'missing' })
        const draft = stored && readDraftShape(stored.questionnaire)
        if (stored && draft)
          setState({ kind: 'editing', source, draft, createdAt: stored.createdAt, restoredAt: stored.updatedAt })
        else setState({ kind: 'choose', source, brokenDraft: stored !== undefined })
      },
    )
    return () => {
      current = false
    }
  }, [key])

  // Every version this browser knows: none is overwritten, and a new version carries answers from them.
  const known = builtIn ? [...library, builtIn] : library
  const taken = new Set(known.map((q) => questionnaireKey(q.id, q.version)))
  const heading = (
    <>
      <p>
        <Link to={paths.questionnaire()}>{t.back}</Link>
      </p>
      <h1>{t.title}</h1>
    </>
  )

  // Before there is a draft: the heading and one line, loading or not found.
  const notice = (line: ReactNode) => (
    <div className="page">
      {heading}
      {line}
    </div>
  )
  if (state.kind === 'loading') return notice(<p role="status">{t.loading}</p>)
  if (state.kind === 'missing') return notice(<p className="notice notice-error">{t.notFound}</p>)
  if (state.kind === 'choose')
    return (
      <div className="page page-narrow">
        {heading}
        {state.brokenDraft && <p className="notice notice-warning">{t.brokenDraft}</p>}
        <StartChoice
          source={state.source}
          library={library}
          onStart={(draft) =>
            setState({ kind: 'editing', source: state.source, draft, createdAt: new Date().toISOString() })
          }
        />
      </div>
    )
  if (state.kind === 'saved') {
    const q = state.questionnaire
    const choose = () => useQuestionnaireStore.getState().chooseCustom(q)
    return (
      <div className="page page-narrow">
        {heading}
        <div className="notice notice-success" role="status">
          <p>{t.save.saved(localize(q.title, locale), q.version)}</p>
        </div>
        <div className="button-row">
          <Button
            variant="primary"
            onClick={() => {
              choose()
              startAssessment(null, q)
              void navigate(paths.company())
            }}
          >
            {t.save.useForAssessment}
          </Button>
          <Button
            onClick={() => {
              choose()
              void navigate(paths.workshops())
            }}
          >
            {t.save.useForWorkshop}
          </Button>
          <ButtonLink to={paths.editor(questionnaireKey(q.id, q.version))}>{t.save.editAgain}</ButtonLink>
        </div>
      </div>
    )
  }
  const restored = state.restoredAt
  return (
    <div className="page page-wide">
      {heading}
      <Workbench
        key={key}
        draftId={key}
        source={state.source}
        initial={state.draft}
        createdAt={state.createdAt}
        taken={taken}
        known={known}
        {...slots}
        onSaved={(questionnaire) => setState({ kind: 'saved', questionnaire })}
        notice={
          restored && (
            <div className="notice editor-restored">
              <p>
                {t.restored(new Date(restored).toLocaleString(locale === 'de' ? 'de-DE' : 'en-GB'))}{' '}
                <button
                  type="button"
                  className="editor-link"
                  onClick={() => {
                    if (!window.confirm(t.discardConfirm)) return
                    void deleteDraft(key).then(() =>
                      setState({ kind: 'choose', source: state.source, brokenDraft: false }),
                    )
                  }}
                >
                  {t.discard}
                </button>
              </p>
            </div>
          )
        }
      />
    </div>
  )
}
