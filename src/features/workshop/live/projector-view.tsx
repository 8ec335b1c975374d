import {
  agreementOf,
  isTopic,
  sharePercent,
  type Choice,
  type Question,
  type Questionnaire,
} from '../../../domain/index.ts'
import { teamWords } from '../../../i18n/team-words.ts'
import { useT } from '../../../i18n/use-t.ts'
import { liveMessages } from './live-messages.ts'
import { LiveQuestion } from './live-question.tsx'
import { TimerDisplay } from './live-mode-timer.tsx'
import type { TopicTimer } from './session-timer.ts'
import { Button } from '../../../ui/button.tsx'

const LEVELS = [0, 1, 2, 3, 4] as const

/**
 * What the room sees: the question, and how many chose each level – counts only, never a name or
 * a role. The distribution stays hidden until the facilitator shows it, so nobody anchors on the
 * first answers. The layout does not grow with head count: 5 or 30 people fill the same bars.
 */
export function ProjectorView({
  questionnaire,
  question,
  choices,
  consensus,
  revealed,
  onReveal,
  timer,
}: {
  questionnaire: Questionnaire
  question: Question
  choices: readonly (Choice | undefined)[]
  consensus: number | undefined
  revealed: boolean
  onReveal: () => void
  timer: TopicTimer
}) {
  const t = useT(liveMessages)
  const words = useT(teamWords)
  const dimension = questionnaire.dimensions.find((d) => d.id === question.dimension)
  const agreement = agreementOf(choices)
  const { counts } = agreement
  const bars: { key: string; text: string; label: string; count: number }[] = LEVELS.map((level) => ({
    key: String(level),
    text: String(level),
    label: t.levelShort(level),
    count: counts.levels[level],
  }))
  if (question.options.dontKnow)
    bars.push({ key: 'dontKnow', text: t.dontKnowShort, label: t.dontKnow, count: counts.dontKnow })
  const answered = choices.length - counts.unanswered
  const largest = Math.max(1, ...bars.map((b) => b.count))
  return (
    <div className="projector">
      <LiveQuestion dimension={dimension} question={question} consensus={consensus} prefix="projector" />
      <section className="projector-side" aria-labelledby="workshop-projector-distribution">
        <div className="projector-head">
          <h2 id="workshop-projector-distribution" className="projector-title">
            {t.distribution}
          </h2>
          <Button variant="primary" aria-pressed={revealed} aria-keyshortcuts="R" onClick={onReveal}>
            {revealed ? t.hide : t.reveal}
          </Button>
        </div>
        <p className="projector-answered">{t.answered(answered, choices.length)}</p>
        {revealed ? (
          <>
            <ul className="projector-bars" aria-label={t.distribution}>
              {bars.map((bar) => (
                <li key={bar.key} aria-label={t.bar(bar.label, bar.count)}>
                  <span className="projector-bar-label" aria-hidden="true">
                    {bar.text}
                  </span>
                  <span className="projector-bar-track" aria-hidden="true">
                    <span className="projector-bar" style={{ width: `${(bar.count / largest) * 100}%` }} />
                  </span>
                  <span className="projector-bar-count" aria-hidden="true">
                    {bar.count}
                  </span>
                </li>
              ))}
            </ul>
            <div className="projector-summary">
              <p>
                <strong>{words.kinds[agreement.kind]}</strong>
                {agreement.agreement !== null && ` · ${words.agreement(sharePercent(agreement.agreement))}`}
              </p>
              {agreement.core && (
                <p>{words.core(agreement.core.count, agreement.rated, agreement.core.from, agreement.core.to)}</p>
              )}
              {counts.dontKnow > 0 && <p>{words.dontKnow(counts.dontKnow)}</p>}
              {isTopic(agreement.kind) && <p className="live-discuss">{t.discuss}</p>}
            </div>
          </>
        ) : (
          <p className="projector-hidden">{t.hidden}</p>
        )}
        {consensus !== undefined && <p className="projector-agreed">{t.agreed(consensus)}</p>}
        <TimerDisplay timer={timer} large />
      </section>
    </div>
  )
}
