import { Suspense, useId, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { createResponse, localize } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { newId } from '../../store/workshop-store.ts'
import { roleLabel } from './labels.ts'
import { parseQuestionnaireRef } from './links.ts'
import { workshopMessages } from './messages.ts'
import { SendAnswersPanel } from './send-answers-panel.tsx'
import { shareMessages } from './share-messages.ts'
import './workshop.css'

function Join() {
  const t = useT(shareMessages).join
  const w = useT(workshopMessages)
  const locale = useLocale()
  const id = useId()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const questionnaire = useActiveQuestionnaire()
  const response = useAssessmentStore((s) => s.response)
  const workshopId = params.get('w')
  const ref = parseQuestionnaireRef(params.get('q'))
  const title = (params.get('t') ?? '').slice(0, 200)
  const roles = params.getAll('r').slice(0, 30)
  const [name, setName] = useState(response?.respondent?.name ?? '')
  const [role, setRole] = useState(response?.respondent?.role ?? '')
  const heading = title ? t.title(title) : t.untitled
  if (!workshopId || !ref)
    return (
      <article className="ws ws-page" aria-labelledby="ws-join">
        <h1 id="ws-join">{heading}</h1>
        <p className="ws-problems">{t.invalid}</p>
      </article>
    )
  const fits = ref.id === questionnaire.id && ref.version === questionnaire.version
  const existing =
    response && response.questionnaire.id === ref.id && response.questionnaire.version === ref.version ? response : null
  const answered = existing ? Object.values(existing.answers).filter((a) => a.choice !== undefined).length : 0
  const start = () => {
    const base = existing ?? createResponse(questionnaire, newId('r'), new Date())
    const respondent = { ...(name.trim() ? { name: name.trim() } : {}), ...(role ? { role } : {}) }
    const { respondent: _previous, ...rest } = base
    useAssessmentStore.getState().replace(Object.keys(respondent).length > 0 ? { ...rest, respondent } : rest)
    useInvitationStore.getState().accept({ workshopId, title, questionnaire: ref })
    const first = [...questionnaire.dimensions].sort((a, b) => a.order - b.order)[0]!
    void navigate(`/assess/${first.id}`)
  }
  return (
    <article className="ws ws-page" aria-labelledby="ws-join">
      <p className="ws-eyebrow">{localize(questionnaire.title, locale)}</p>
      <h1 id="ws-join">{heading}</h1>
      <p className="ws-lead">{t.lead}</p>
      {!fits ? (
        <p className="ws-notice">
          {t.otherQuestionnaire(ref.id, ref.version, questionnaire.id, questionnaire.version)}
        </p>
      ) : (
        <form
          className="ws-section ws-form"
          onSubmit={(e) => {
            e.preventDefault()
            start()
          }}
        >
          {existing && answered > 0 && <p className="ws-notice">{t.existing(answered)}</p>}
          <div className="ws-field">
            <label htmlFor={`${id}-name`}>{t.name}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={200}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setName(e.target.value)}
            />
            <p id={`${id}-hint`} className="ws-muted">
              {t.nameHint}
            </p>
          </div>
          {roles.length > 0 && (
            <div className="ws-field">
              <label htmlFor={`${id}-role`}>{t.role}</label>
              <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)}>
                <option value="">{w.noRole}</option>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(w, r)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="submit" className="ws-button ws-button-primary">
            {existing && answered > 0 ? t.continue : t.start}
          </button>
        </form>
      )}
      {fits && existing && answered > 0 && <SendAnswersPanel />}
    </article>
  )
}

/** #/join?w=…&q=<id>@<version>&t=…&r=… — a participant opens the invitation on their own device. */
export function JoinPage() {
  const t = useT(workshopMessages)
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Join />
    </Suspense>
  )
}
