import { useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { parseJoinCode, workshopIdFromKey, type JoinCodeProblem } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { participantMessages } from './messages.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'

type Messages = (typeof participantMessages)['de']['join']

function problemText(t: Messages, problem: JoinCodeProblem): string {
  const p = t.codeProblems
  switch (problem.kind) {
    case 'empty':
      return p.empty
    case 'length':
      return p.length(problem.length)
    case 'symbol':
      return p.symbol(problem.symbol, problem.position)
    case 'check':
      return p.check
    case 'questionnaire':
      return p.questionnaire
  }
}

/**
 * #/join without an invitation: the participant types the code the facilitator shows. A valid
 * code opens the invitation it stands for (the workshop's key and the built-in questionnaire).
 */
export function JoinByCode() {
  const t = useT(participantMessages).join
  const id = useId()
  const navigate = useNavigate()
  const field = useRef<HTMLInputElement>(null)
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const submit = () => {
    const read = parseJoinCode(typed)
    if (!read.ok) {
      setProblem(problemText(t, read.problem))
      field.current?.focus()
      return
    }
    const { questionnaire, key } = read.value
    const params = new URLSearchParams({
      w: workshopIdFromKey(key),
      q: `${questionnaire.id}@${questionnaire.version}`,
    })
    void navigate(paths.join(params))
  }
  return (
    <article className="wide-page" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t.codeTitle}</h1>
      <p className="lead">{t.codeLead}</p>
      <form
        className="card panel workshop-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-code`}>{t.code}</label>
          <input
            ref={field}
            id={`${id}-code`}
            className="join-code-input"
            value={typed}
            maxLength={20}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={problem !== null || undefined}
            aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
            onChange={(e) => {
              setTyped(e.target.value)
              setProblem(null)
            }}
          />
          <p id={`${id}-hint`} className="muted">
            {t.codeHint}
          </p>
          {problem && (
            <p id={`${id}-problem`} className="notice notice-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="button-row">
          <Button type="submit" variant="primary">
            {t.codeSubmit}
          </Button>
        </div>
      </form>
    </article>
  )
}
