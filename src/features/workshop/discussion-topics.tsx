import { useState } from 'react'
import { useT } from '../../i18n/use-t.ts'
import { teamMessages } from './team-messages.ts'
import { distribution, type TeamModel } from './team-model.ts'

const FIRST = 8

/** Where the room disagrees, widest first, with what the two ends actually said. */
export function DiscussionTopics({ model }: { model: TeamModel }) {
  const m = useT(teamMessages)
  const t = m.topics
  const [all, setAll] = useState(false)
  const topics = model.report.discussionTopics
  const shown = all ? topics : topics.slice(0, FIRST)
  return (
    <section className="ws-section" aria-labelledby="ws-topics">
      <h2 id="ws-topics">
        {t.heading} <span className="ws-count">({topics.length})</span>
      </h2>
      <p className="ws-muted">{t.lead}</p>
      {topics.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="ws-topics">
          {shown.map((topic) => {
            const question = model.question(topic.questionId)
            const counts = distribution(topic)
            const min = topic.min!
            const max = topic.max!
            return (
              <li key={topic.questionId} className="ws-topic">
                <p className="ws-eyebrow">{model.dimensionTitle(topic.dimensionId)}</p>
                <h3>{model.text(question.title)}</h3>
                <p className="ws-topic-spread">{t.spread(topic.spread!, min, max)}</p>
                <p className="ws-muted">{model.text(question.prompt)}</p>
                <dl className="ws-extremes">
                  <div className="ws-extreme ws-extreme-low">
                    <dt>{t.lowest(min, counts[min]!)}</dt>
                    <dd>{model.text(question.levels[min]!)}</dd>
                  </div>
                  <div className="ws-extreme ws-extreme-high">
                    <dt>{t.highest(max, counts[max]!)}</dt>
                    <dd>{model.text(question.levels[max]!)}</dd>
                  </div>
                </dl>
                <p className="ws-distribution">
                  <span>{t.distribution}: </span>
                  {counts.map((n, level) => (
                    <span key={level} className="ws-dist-item">
                      {m.questions.level(level)}: <strong>{n}</strong>
                    </span>
                  ))}
                </p>
              </li>
            )
          })}
        </ol>
      )}
      {shown.length < topics.length && (
        <button type="button" className="ws-button" onClick={() => setAll(true)}>
          {t.more(topics.length)}
        </button>
      )}
    </section>
  )
}
