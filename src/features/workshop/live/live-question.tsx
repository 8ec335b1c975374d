import { localize, type Dimension, type Question } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { liveMessages } from './live-messages.ts'

/**
 * The question the room is on, with its five level statements (the agreed one marked): the same
 * on the facilitator's screen and on the projector, each with its own class prefix and heading id.
 */
export function LiveQuestion({
  dimension,
  question,
  consensus,
  prefix,
}: {
  dimension: Dimension | undefined
  question: Question
  consensus: number | undefined
  prefix: 'live' | 'projector'
}) {
  const t = useT(liveMessages)
  const locale = useLocale()
  return (
    <section className={`${prefix}-question`} aria-labelledby={`${prefix}-prompt`}>
      <p className="eyebrow">
        {dimension && `${localize(dimension.title, locale)} · `}
        {localize(question.title, locale)}
      </p>
      <h2 id={`${prefix}-prompt`} className={`${prefix}-prompt`}>
        {localize(question.prompt, locale)}
      </h2>
      <h3 className="visually-hidden">{t.levels}</h3>
      <ol className={`${prefix}-levels`} start={0}>
        {question.levels.map((level, i) => (
          <li key={i} className={consensus === i ? 'live-level-agreed' : undefined}>
            <span className="live-level-number" aria-hidden="true">
              {i}
            </span>
            <span>{localize(level, locale)}</span>
          </li>
        ))}
      </ol>
    </section>
  )
}
