import type { KeyboardEvent } from 'react'
import type { Choice } from '../../domain/index.ts'

export type LiveOption = Choice

/**
 * One person's answer as a radio group: one tab stop per row (the chosen level, else the first),
 * digits pick a level, ← → move between levels, ↑ ↓ between rows (handled by the grid).
 */
export function LiveRow({
  idPrefix,
  row,
  label,
  options,
  optionLabel,
  optionText,
  value,
  onChoose,
  onKeyDown,
}: {
  idPrefix: string
  row: number
  label: string
  options: readonly LiveOption[]
  optionLabel: (option: LiveOption) => string
  optionText: (option: LiveOption) => string
  value: LiveOption | undefined
  onChoose: (option: LiveOption) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, row: number) => void
}) {
  const labelId = `${idPrefix}-label-${row}`
  const checked = options.findIndex((o) => o === value)
  const tabbable = checked >= 0 ? checked : 0
  return (
    <div role="radiogroup" aria-labelledby={labelId} className="ws-live-row" data-row={row}>
      <span id={labelId} className="ws-live-name">
        {label}
      </span>
      {options.map((option, j) => (
        <button
          key={String(option)}
          type="button"
          role="radio"
          id={`${idPrefix}-${row}-${j}`}
          aria-checked={value === option}
          aria-label={optionLabel(option)}
          tabIndex={j === tabbable ? 0 : -1}
          className={`ws-live-option${value === option ? ' ws-live-option-on' : ''}`}
          onClick={() => onChoose(option)}
          onKeyDown={(e) => onKeyDown(e, row)}
        >
          {optionText(option)}
        </button>
      ))}
    </div>
  )
}
