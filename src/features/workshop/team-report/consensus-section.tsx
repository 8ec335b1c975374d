import { useState } from 'react'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { Section } from '../../../ui/section.tsx'
import { Button } from '../../../ui/button.tsx'

const FIRST = 10

/**
 * Questions the room agrees on (the domain's rule: four in five at most a level apart, nobody
 * saying "don't know"), with the statement most chose; and the levels the room agreed on live.
 */
export function ConsensusSection({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).consensus
  const words = useT(teamWords)
  const [all, setAll] = useState(false)
  const shown = all ? model.report.consensus : model.report.consensus.slice(0, FIRST)
  const agreed = model.questionnaire.questions.filter((q) => Object.hasOwn(model.workshop.consensus, q.id))
  const spreads = new Map(model.report.questions.map((q) => [q.questionId, q]))
  return (
    <Section
      id="workshop-consensus"
      heading={
        <>
          {t.heading} <span className="count">({model.report.consensus.length})</span>
        </>
      }
      className="card panel"
    >
      <p className="muted">{words.agreementRule}</p>
      {model.report.consensus.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="consensus-list">
          {shown.map((q) => {
            const question = model.question(q.questionId)
            const { core, mode } = q
            return (
              <li key={q.questionId}>
                <strong>{model.text(question.title)}</strong> – {t.level(mode!)}: {model.text(question.levels[mode!]!)}{' '}
                <span className="muted">({words.core(core!.count, q.rated, core!.from, core!.to)})</span>
              </li>
            )
          })}
        </ul>
      )}
      {shown.length < model.report.consensus.length && (
        <Button onClick={() => setAll(true)}>{t.more(model.report.consensus.length)}</Button>
      )}
      {agreed.length > 0 && (
        <>
          <h3>{t.agreed}</h3>
          <ul className="consensus-list">
            {agreed.map((question) => {
              const level = model.workshop.consensus[question.id]!
              const spread = spreads.get(question.id)
              return (
                <li key={question.id}>
                  <strong>{model.text(question.title)}</strong> – {t.agreedItem(level)}:{' '}
                  {model.text(question.levels[level]!)}
                  {spread?.min != null && spread.max != null && (
                    <span className="muted"> ({t.roomSpread(spread.min, spread.max)})</span>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </Section>
  )
}
