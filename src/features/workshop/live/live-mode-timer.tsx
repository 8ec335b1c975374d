import { useT } from '../../../i18n/use-t.ts'
import { liveMessages } from './live-messages.ts'
import { clock, type TopicTimer } from './session-timer.ts'

/**
 * The time left for a topic, with start and pause (key T). The clock itself is a `timer` (not
 * announced); a polite status says only the whole minutes left and when time is up, so a screen
 * reader hears it at minute marks, never every second.
 */
export function TimerDisplay({ timer, large = false }: { timer: TopicTimer; large?: boolean }) {
  const t = useT(liveMessages)
  if (!timer.enabled) return null
  const { remaining, running } = timer
  const spoken = remaining === 0 ? t.timeUp : t.minutesLeft(Math.ceil(remaining / 60))
  return (
    <div className={`live-timer${large ? ' live-timer-large' : ''}${remaining === 0 ? ' live-timer-up' : ''}`}>
      <span className="live-timer-label">{t.timer}</span>
      <span role="timer" aria-label={t.timer} className="live-timer-clock">
        {clock(remaining)}
      </span>
      <button type="button" className="live-timer-button" aria-keyshortcuts="T" onClick={timer.toggle}>
        {running ? t.pause : remaining === 0 ? t.restart : t.start}
      </button>
      <span className="visually-hidden" role="status" aria-live="polite">
        {running || remaining === 0 ? spoken : ''}
      </span>
    </div>
  )
}
