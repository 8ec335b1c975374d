import { useState } from 'react'
import { sharePercent, type QuestionSpread } from '../../../domain/index.ts'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { TopicDecision } from './team-decision.tsx'
import { teamMessages } from './team-messages.ts'
import { distribution, type TeamModel } from './team-model.ts'
import { Section } from '../../../ui/section.tsx'
import { Button } from '../../../ui/button.tsx'

/** One topic: why it is one, how far apart the room is, and what the two ends actually said. */
function Topic({ model, topic, rank }: { model: TeamModel; topic: QuestionSpread; rank: number }) {
  const m = useT(teamMessages)
  const t = m.topics
  const words = useT(teamWords)
  const question = model.question(topic.questionId)
  const counts = distribution(topic)
  const { min, max } = topic
  const facts = [
    words.kinds[topic.kind],
    topic.agreement !== null ? words.agreement(sharePercent(topic.agreement)) : null,
    min !== null && max !== null ? t.range(min, max) : null,
    topic.unknown > 0 ? words.dontKnow(topic.unknown) : null,
    topic.notApplicable > 0 ? words.notApplicable(topic.notApplicable) : null,
  ].filter(Boolean)
  return (
    <li className="topic">
      <p className="eyebrow">
        {t.rank(rank)} · {model.dimensionTitle(topic.dimensionId)}
      </p>
      <h3>{model.text(question.title)}</h3>
      <p className="topic-spread">{facts.join(' · ')}</p>
      <p className="muted">{words.why[topic.kind]}</p>
      <p className="muted">{model.text(question.prompt)}</p>
      {min !== null && max !== null && min < max && (
        <dl className="extremes">
          <div className="extreme extreme-low">
            <dt>{t.lowest(min, counts[min]!)}</dt>
            <dd>{model.text(question.levels[min]!)}</dd>
          </div>
          <div className="extreme extreme-high">
            <dt>{t.highest(max, counts[max]!)}</dt>
            <dd>{model.text(question.levels[max]!)}</dd>
          </div>
        </dl>
      )}
      <p className="distribution">
        <span>{t.distribution}: </span>
        {counts.map((n, level) => (
          <span key={level} className="dist-item">
            {m.questions.level(level)}: <strong>{n}</strong>
          </span>
        ))}
        <span className="dist-item">
          {m.questions.dontKnow}: <strong>{topic.unknown}</strong>
        </span>
      </p>
      <TopicDecision workshopId={model.workshop.id} questionId={topic.questionId} topic={model.text(question.title)} />
    </li>
  )
}

/**
 * Where the room is split or not everyone knows, ranked by the domain's disagreement: the agenda's
 * shortlist first, the rest on request.
 */
export function DiscussionTopics({ model }: { model: TeamModel }) {
  const t = useT(teamMessages).topics
  const words = useT(teamWords)
  const [all, setAll] = useState(false)
  const { discussionTopics: topics, agenda } = model.report
  const rest = topics.slice(agenda.length)
  return (
    <Section
      id="workshop-topics"
      heading={
        <>
          {t.heading} <span className="count">({topics.length})</span>
        </>
      }
      className="card panel"
    >
      <p className="muted">{words.topicsLead}</p>
      {topics.length === 0 ? (
        <p>{words.topicsNone}</p>
      ) : (
        <>
          <p className="topics-label">{words.agenda(agenda.length, topics.length)}</p>
          <ol className="topics">
            {agenda.map((topic, i) => (
              <Topic key={topic.questionId} model={model} topic={topic} rank={i + 1} />
            ))}
          </ol>
        </>
      )}
      {rest.length > 0 &&
        (all ? (
          <>
            <p className="topics-label">{t.rest}</p>
            <ol className="topics" start={agenda.length + 1}>
              {rest.map((topic, i) => (
                <Topic key={topic.questionId} model={model} topic={topic} rank={agenda.length + i + 1} />
              ))}
            </ol>
          </>
        ) : (
          <Button onClick={() => setAll(true)}>{t.more(topics.length)}</Button>
        ))}
    </Section>
  )
}
