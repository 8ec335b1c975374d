import { useEffect, useId, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import {
  decodeShareCode,
  describeProblems,
  type AssessmentResponse,
  type Questionnaire,
  type Result,
  type Workshop,
  sentForWorkshop,
  sameQuestionnaire,
} from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { useActiveQuestionnaire } from '../../../store/use-active-questionnaire.ts'
import { useWorkshopStore } from '../../../store/workshop-store.ts'
import { OUTCOME_CLASS } from './import-answers-outcome.tsx'
import { ImportQuestionDialog, whoIs } from './import-question-dialog.tsx'
import { isQuestion, type ImportOutcome } from './import-responses.ts'
import { shareLink } from '../../../ui/team-links.ts'
import { workshopMessages } from '../messages.ts'
import { receiveMessages } from './receive-messages.ts'
import { useImportFlow } from './use-import-flow.ts'
import { Loading } from '../../../ui/loading.tsx'
import { paths } from '../../../ui/paths.ts'
import { Button, ButtonLink } from '../../../ui/button.tsx'
import '../../../ui/team-base.css'
import '../workshop.css'

/** What became of the link in the workshop: a sentence, or null while a question is open. */
function Outcome({ outcome, workshop }: { outcome: ImportOutcome; workshop: Workshop }) {
  const t = useT(receiveMessages)
  const w = useT(workshopMessages)
  const locale = useLocale()
  if (outcome.status === 'otherQuestionnaire') return null
  if (isQuestion(outcome)) return <p>{t.deciding}</p>
  if (outcome.status === 'refused')
    return (
      <ul className={OUTCOME_CLASS.refused}>
        {describeProblems(outcome.problems, locale).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    )
  // Each outcome left has its sentence under its own name; those about a person name them.
  const participantId = 'participantId' in outcome ? outcome.participantId : null
  const who = participantId ? whoIs(w, workshop, participantId) : ''
  const sentence = t[outcome.status]
  return (
    <p className={OUTCOME_CLASS[outcome.status]}>
      {typeof sentence === 'string' ? sentence : sentence(workshop.title, who)}
    </p>
  )
}

function Received({
  code,
  response,
  sentFor,
  questionnaire,
}: {
  code: string
  response: AssessmentResponse
  sentFor: string | null
  questionnaire: Questionnaire
}) {
  const t = useT(receiveMessages)
  const id = useId()
  const workshops = useWorkshopStore((s) => s.workshops)
  const flow = useImportFlow(questionnaire)
  const [chosen, setChosen] = useState<string | null>(null)
  const matching = workshops.filter((w) => sameQuestionnaire(w.questionnaire, questionnaire))
  // Sent for a workshop by its id, or by the key of its join code.
  const sentTo = sentFor ? workshops.find((w) => sentForWorkshop(sentFor, w.id)) : undefined
  const target = chosen ?? (sentTo && matching.includes(sentTo) ? sentTo.id : (matching[0]?.id ?? null))
  const line = flow.lines?.at(-1)
  const into = workshops.find((w) => w.id === line?.workshopId)
  const done = line && into && line.outcome.status !== 'skipped' && !isQuestion(line.outcome)
  const answered = Object.values(response.answers).filter((a) => a.choice !== undefined).length
  const other = sentTo && sentTo.id !== target ? sentTo : undefined
  const add = () => {
    if (target) void flow.run(target, [{ source: t.source, kind: 'link', text: shareLink(code, sentFor, '') }])
  }
  return (
    <section className="card panel" aria-labelledby={`${id}-from`}>
      <h2 id={`${id}-from`}>{t.from(response.respondent?.name ?? t.anonymous)}</h2>
      <p>{t.answered(answered, questionnaire.questions.length)}</p>
      {matching.length === 0 ? (
        <p>
          {t.noWorkshop} <Link to={paths.workshops()}>{t.toWorkshops}</Link>
        </p>
      ) : (
        <>
          <div role="status">
            {line && into && <Outcome outcome={line.outcome} workshop={into} />}
            {done && (
              <ButtonLink variant="primary" to={paths.workshop(into.id)}>
                {t.open}
              </ButtonLink>
            )}
          </div>
          {!done && (
            <>
              {sentFor && sentTo?.id !== target && (
                <p className="notice">{other ? t.sentFor(other.title) : t.sentForUnknown}</p>
              )}
              <div className="inline-fields">
                <div className="field">
                  <label htmlFor={`${id}-workshop`}>{t.workshop}</label>
                  <select id={`${id}-workshop`} value={target ?? ''} onChange={(e) => setChosen(e.target.value)}>
                    {matching.map((w) => (
                      <option key={w.id} value={w.id}>
                        {w.title}
                      </option>
                    ))}
                  </select>
                </div>
                <Button variant="primary" disabled={flow.busy} onClick={add}>
                  {t.add}
                </Button>
              </div>
            </>
          )}
        </>
      )}
      <ImportQuestionDialog question={flow.questions[0]} questionnaire={questionnaire} onAnswer={flow.answer} />
    </section>
  )
}

function Receive() {
  const t = useT(receiveMessages)
  const locale = useLocale()
  const { code = '' } = useParams()
  const [params] = useSearchParams()
  const questionnaire = useActiveQuestionnaire()
  const [decoded, setDecoded] = useState<{ code: string; result: Result<AssessmentResponse> } | null>(null)
  useEffect(() => {
    let live = true
    void decodeShareCode(code, questionnaire).then((result) => {
      if (live) setDecoded({ code, result })
    })
    return () => {
      live = false
    }
  }, [code, questionnaire])

  let body
  if (!decoded || decoded.code !== code) body = <p role="status">{t.decoding}</p>
  else if (!decoded.result.ok)
    body = (
      <div role="alert" className="notice notice-error">
        <p>{t.invalid}</p>
        <ul>
          {describeProblems(decoded.result.problems, locale, { questionnaire }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    )
  else {
    const response = decoded.result.value
    body = (
      <Received
        key={code}
        code={code}
        response={response}
        // The code names its workshop; links made before it did carry it after the code.
        sentFor={response.workshopId ?? params.get('w')}
        questionnaire={questionnaire}
      />
    )
  }
  return (
    <article className="wide-page" aria-labelledby="workshop-receive">
      <h1 id="workshop-receive">{t.title}</h1>
      {body}
    </article>
  )
}

/** #/share/:code — a participant's answers arrive in the link's fragment; the facilitator adds them to a workshop. */
export function ShareReceivePage() {
  return (
    <Loading>
      <Receive />
    </Loading>
  )
}
