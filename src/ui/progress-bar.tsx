import './progress-bar.css'

interface ProgressBarProps {
  /** The accessible name, e.g. "Progress: business model". */
  label: string
  value: number
  max: number
  /** The visible text beside the bar, e.g. "3 of 9 answered". */
  text: string
}

/** A thin progress bar with its numbers in words, so no one has to read the bar alone. */
export function ProgressBar({ label, value, max, text }: ProgressBarProps) {
  const share = max === 0 ? 0 : Math.round((value / max) * 100)
  return (
    <div className="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={text}
      >
        <div className="progress-fill" style={{ width: `${share}%` }} />
      </div>
      <span className="progress-text">{text}</span>
    </div>
  )
}
