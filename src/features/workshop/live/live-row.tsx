import type { KeyboardEvent, ReactNode } from 'react'
import type { Choice } from '../../../domain/index.ts'

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
  readOnly = false,
  aside,
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
  /** Shown but not changed (an imported answer): the keys still move, a choice is refused by the grid. */
  readOnly?: boolean
  /** Beside the name, e.g. the switch that unlocks an imported row. */
  aside?: ReactNode
  onChoose: (option: LiveOption) => void
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, row: number) => void
}) {
  const labelId = `${idPrefix}-label-${row}`
  const checked = options.findIndex((o) => o === value)
  const tabbable = checked >= 0 ? checked : 0
  return (
    <div
      role="radiogroup"
      aria-labelledby={labelId}
      aria-readonly={readOnly || undefined}
      className={`live-row${readOnly ? ' live-row-locked' : ''}`}
      data-row={row}
    >
      <span className="live-who">
        <span id={labelId} className="live-name">
          {label}
        </span>
        {aside}
      </span>
      {options.map((option, j) => (
        <button
          key={String(option)}
          type="button"
          role="radio"
          id={`${idPrefix}-${row}-${j}`}
          aria-checked={value === option}
          aria-disabled={readOnly || undefined}
          aria-label={optionLabel(option)}
          tabIndex={j === tabbable ? 0 : -1}
          className={`live-option${value === option ? ' live-option-on' : ''}`}
          onClick={() => onChoose(option)}
          onKeyDown={(e) => onKeyDown(e, row)}
        >
          {optionText(option)}
        </button>
      ))}
    </div>
  )
}
