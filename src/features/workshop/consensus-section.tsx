import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'

const FIRST = 10

/** Questions where everyone chose the same level, and the levels the room agreed on live. */
export function ConsensusSection({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).consensus
  const [all, setAll] = useState(false)
  const shown = all ? model.report.consensus : model.report.consensus.slice(0, FIRST)
  const agreed = model.questionnaire.questions.filter((q) => Object.hasOwn(model.workshop.consensus, q.id))
  const spreads = new Map(model.report.questions.map((q) => [q.questionId, q]))
  return (
    <section className="ws-section" aria-labelledby="ws-consensus">
      <h2 id="ws-consensus">
        {t.heading} <span className="ws-count">({model.report.consensus.length})</span>
      </h2>
      {model.report.consensus.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="ws-consensus-list">
          {shown.map((q) => {
            const question = model.question(q.questionId)
            return (
              <li key={q.questionId}>
                <strong>{model.text(question.title)}</strong> – {t.level(q.min!)}:{' '}
                {model.text(question.levels[q.min!]!)}
              </li>
            )
          })}
        </ul>
      )}
      {shown.length < model.report.consensus.length && (
        <button type="button" className="ws-button" onClick={() => setAll(true)}>
          {t.more(model.report.consensus.length)}
        </button>
      )}
      {agreed.length > 0 && (
        <>
          <h3>{t.agreed}</h3>
          <ul className="ws-consensus-list">
            {agreed.map((question) => {
              const level = model.workshop.consensus[question.id]!
              const spread = spreads.get(question.id)
              return (
                <li key={question.id}>
                  <strong>{model.text(question.title)}</strong> – {t.agreedItem(level)}:{' '}
                  {model.text(question.levels[level]!)}
                  {spread?.min != null && spread.max != null && (
                    <span className="ws-muted"> ({t.roomSpread(spread.min, spread.max)})</span>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
