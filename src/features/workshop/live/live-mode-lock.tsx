import { useT } from '../../../i18n/use-t.ts'
import { liveMessages } from './live-messages.ts'

/**
 * Beside an imported participant's name: where the answers came from, and a switch that lets
 * live mode change them (off by default, one row at a time).
 */
export function LockToggle({
  idPrefix,
  who,
  source,
  unlocked,
  onToggle,
}: {
  idPrefix: string
  who: string
  source: string
  unlocked: boolean
  onToggle: () => void
}) {
  const t = useT(liveMessages)
  return (
    <span className="live-lock">
      <span id={`${idPrefix}-state`} className="live-lock-state">
        {unlocked ? t.unlockedBadge(source) : t.lockedBadge(source)}
      </span>
      <button
        type="button"
        className="live-lock-button"
        aria-label={t.unlockOf(who)}
        aria-describedby={`${idPrefix}-state`}
        aria-pressed={unlocked}
        onClick={onToggle}
      >
        {t.unlock}
      </button>
    </span>
  )
}
