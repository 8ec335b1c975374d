import { useEffect, useId, useRef, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import {
  createResponse,
  invitedPerson,
  joinedByCode,
  localize,
  newId,
  parseQuestionnaireRef,
  type AssessmentResponse,
  sameQuestionnaire,
} from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { useInvitationStore } from '../../store/invitation-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { DownloadPrevious, SomeoneElse } from './join-page-someone-else.tsx'
import { InviteFacts } from './invite-facts.tsx'
import { JoinByCode } from './join-by-code.tsx'
import { SendAnswersPanel } from './send-answers-panel.tsx'
import { participantMessages } from './messages.ts'
import { Loading } from '../../ui/loading.tsx'
import { RoleOptions } from '../../ui/role-options.tsx'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'
import '../../ui/team-base.css'
import './participant.css'

function Join() {
  const t = useT(participantMessages).join
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
  // A personal invitation fills in name and role; answers already on this device keep theirs.
  const invited = invitedPerson(params, roles)
  const [name, setName] = useState(response?.respondent?.name ?? invited.name)
  const [role, setRole] = useState(response?.respondent?.role ?? invited.role)
  // Who used this device before "I am someone else": their answers stay, offered for download.
  const [previous, setPrevious] = useState<AssessmentResponse | null>(null)
  const nameField = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (previous) nameField.current?.focus()
  }, [previous])
  const heading = title ? t.title(title) : t.untitled
  // No invitation at all: the participant types the code instead.
  if ([...params.keys()].length === 0) return <JoinByCode />
  if (!workshopId || !ref)
    return (
      <article className="wide-page" aria-labelledby="workshop-join">
        <h1 id="workshop-join">{heading}</h1>
        <p className="notice notice-error">{t.invalid}</p>
      </article>
    )
  const fits = sameQuestionnaire(ref, questionnaire)
  const existing = response && sameQuestionnaire(response.questionnaire, ref) ? response : null
  const answered = existing ? Object.values(existing.answers).filter((a) => a.choice !== undefined).length : 0
  const start = () => {
    const base = existing ?? createResponse(questionnaire, newId('r'), new Date())
    const respondent = { ...(name.trim() ? { name: name.trim() } : {}), ...(role ? { role } : {}) }
    const { respondent: _previous, workshopId: _other, ...rest } = base
    // The answers carry the workshop they are for: a facilitator is asked before they go into another one.
    useAssessmentStore
      .getState()
      .replace({ ...rest, ...(Object.keys(respondent).length > 0 ? { respondent } : {}), workshopId })
    useInvitationStore.getState().accept({ workshopId, title, questionnaire: ref })
    const first = [...questionnaire.dimensions].sort((a, b) => a.order - b.order)[0]!
    void navigate(paths.step(first.id))
  }
  return (
    <article className="wide-page" aria-labelledby="workshop-join">
      <p className="eyebrow">{localize(questionnaire.title, locale)}</p>
      <h1 id="workshop-join">{heading}</h1>
      <p className="lead">{t.lead}</p>
      {joinedByCode(workshopId) && <p className="muted">{t.byCode}</p>}
      <InviteFacts questions={questionnaire.questions.length} />
      {!fits ? (
        <p className="notice">{t.otherQuestionnaire(ref.id, ref.version, questionnaire.id, questionnaire.version)}</p>
      ) : (
        <form
          className="card panel workshop-form"
          onSubmit={(e) => {
            e.preventDefault()
            start()
          }}
        >
          {existing && answered > 0 && (
            <div className="notice">
              <p>{t.existing(answered)}</p>
              {existing.respondent?.name && <p>{t.existingBy(existing.respondent.name)}</p>}
            </div>
          )}
          {previous && (
            <div className="notice" role="status">
              <p>{t.switched(previous.respondent?.name ?? null)}</p>
              <DownloadPrevious previous={previous} />
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-name`}>{t.name}</label>
            <input
              ref={nameField}
              id={`${id}-name`}
              value={name}
              maxLength={200}
              aria-describedby={`${id}-hint`}
              onChange={(e) => setName(e.target.value)}
            />
            <p id={`${id}-hint`} className="muted">
              {t.nameHint}
            </p>
          </div>
          {roles.length > 0 && (
            <div className="field">
              <label htmlFor={`${id}-role`}>{t.role}</label>
              <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)}>
                <RoleOptions roles={roles} noRole />
              </select>
            </div>
          )}
          <div className="button-row">
            <Button type="submit" variant="primary">
              {existing && answered > 0 ? t.continue : t.start}
            </Button>
            {existing && answered > 0 && (
              <SomeoneElse
                response={existing}
                questionnaire={questionnaire}
                onStarted={(before) => {
                  setPrevious(before)
                  setName('')
                  setRole('')
                }}
              />
            )}
          </div>
        </form>
      )}
      {fits && existing && answered > 0 && <SendAnswersPanel />}
    </article>
  )
}

/**
 * #/join?w=…&q=<id>@<version>&t=…&r=… — a participant opens the invitation on their own device;
 * #/join alone asks for the workshop's join code.
 */
export function JoinPage() {
  return (
    <Loading>
      <Join />
    </Loading>
  )
}
