import { Suspense, useEffect, useId, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { decodeShareCode, describeProblems, type AssessmentResponse, type Result } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'
import { useWorkshopStore } from '../../store/workshop-store.ts'
import { importResponses } from './import-responses.ts'
import { shareMessages } from './share-messages.ts'
import { workshopMessages } from './messages.ts'
import './workshop.css'

type Added = { status: 'added' | 'duplicate'; workshopId: string; title: string }

function Receive() {
  const t = useT(shareMessages).receive
  const id = useId()
  const { code = '' } = useParams()
  const [params] = useSearchParams()
  const questionnaire = useActiveQuestionnaire()
  const workshops = useWorkshopStore((s) => s.workshops)
  const addParticipants = useWorkshopStore((s) => s.addParticipants)
  const [decoded, setDecoded] = useState<{ code: string; result: Result<AssessmentResponse> } | null>(null)
  const [added, setAdded] = useState<Added | null>(null)
  const matching = workshops.filter(
    (w) => w.questionnaire.id === questionnaire.id && w.questionnaire.version === questionnaire.version,
  )
  const wanted = params.get('w')
  const [chosen, setChosen] = useState<string | null>(null)
  const target = chosen ?? (matching.some((w) => w.id === wanted) ? wanted : (matching[0]?.id ?? null))
  useEffect(() => {
    let live = true
    void decodeShareCode(code, questionnaire).then((result) => {
      if (live) setDecoded({ code, result })
    })
    return () => {
      live = false
    }
  }, [code, questionnaire])

  const add = async () => {
    const workshop = useWorkshopStore.getState().workshops.find((w) => w.id === target)
    if (!workshop) return
    const [outcome] = await importResponses(questionnaire, workshop.participants, [
      { source: 'link', kind: 'link', text: code },
    ])
    if (outcome?.status === 'added') addParticipants(workshop.id, [outcome.participant])
    if (outcome?.status === 'added' || outcome?.status === 'duplicate')
      setAdded({ status: outcome.status, workshopId: workshop.id, title: workshop.title })
  }

  let body
  if (!decoded || decoded.code !== code) body = <p role="status">{t.decoding}</p>
  else if (!decoded.result.ok)
    body = (
      <div role="alert" className="ws-problems">
        <p>{t.invalid}</p>
        <ul>
          {describeProblems(decoded.result.problems).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    )
  else {
    const response = decoded.result.value
    const answered = Object.values(response.answers).filter((a) => a.choice !== undefined).length
    body = (
      <>
        <section className="ws-section" aria-labelledby={`${id}-from`}>
          <h2 id={`${id}-from`}>{t.from(response.respondent?.name ?? t.anonymous)}</h2>
          <p>{t.answered(answered, questionnaire.questions.length)}</p>
          {matching.length === 0 ? (
            <p>
              {t.noWorkshop} <Link to="/workshops">{t.toWorkshops}</Link>
            </p>
          ) : added ? (
            <div role="status">
              <p className={added.status === 'added' ? 'ws-ok' : 'ws-warn'}>
                {added.status === 'added' ? t.added(added.title) : t.duplicate(added.title)}
              </p>
              <Link className="ws-button ws-button-primary" to={`/workshops/${added.workshopId}`}>
                {t.open}
              </Link>
            </div>
          ) : (
            <div className="ws-inline">
              <div className="ws-field">
                <label htmlFor={`${id}-workshop`}>{t.workshop}</label>
                <select id={`${id}-workshop`} value={target ?? ''} onChange={(e) => setChosen(e.target.value)}>
                  {matching.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.title}
                    </option>
                  ))}
                </select>
              </div>
              <button type="button" className="ws-button ws-button-primary" onClick={() => void add()}>
                {t.add}
              </button>
            </div>
          )}
        </section>
      </>
    )
  }
  return (
    <article className="ws ws-page" aria-labelledby="ws-receive">
      <h1 id="ws-receive">{t.title}</h1>
      {body}
    </article>
  )
}

/** #/share/:code — a participant's answers arrive in the link's fragment; the facilitator adds them to a workshop. */
export function ShareReceivePage() {
  const t = useT(workshopMessages)
  return (
    <Suspense fallback={<p role="status">{t.loading}</p>}>
      <Receive />
    </Suspense>
  )
}
