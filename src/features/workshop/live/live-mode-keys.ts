import { useEffect, useEffectEvent, type KeyboardEvent } from 'react'
import type { Choice, Question } from '../../../domain/index.ts'
import type { LiveOption } from './live-row.tsx'

export const LEVELS = [0, 1, 2, 3, 4] as const

/** Moves the focus to a row of the grid: its one tab stop (the chosen level, else the first). */
export function focusRow(idPrefix: string, row: number): void {
  document.querySelector<HTMLElement>(`#${CSS.escape(idPrefix)} [data-row="${row}"] [tabindex="0"]`)?.focus()
}

/** What the grid's keys act on; `choose` and `locked` come from `useLiveEntries`. */
export interface GridKeys {
  idPrefix: string
  question: Question
  options: readonly LiveOption[]
  /** The row of the room's consensus (after the participants). */
  consensusRow: number
  valueOf: (row: number) => Choice | undefined
  choose: (row: number, choice: Choice | undefined) => void
  locked: (row: number) => boolean
  refuse: (row: number) => void
  nextEditable: (row: number) => number
  go: (to: number | undefined) => void
  nextIndex: number | undefined
  previousIndex: number | undefined
}

/**
 * The facilitator's grid by keyboard: 0–4 and D enter a level or "don't know" and move on to the
 * next row that takes entries, Delete clears, ↑ ↓ change the row, ← → the level (refused on a
 * protected row), Page Down / Page Up the question.
 */
export function gridKeyHandler(keys: GridKeys) {
  const { idPrefix, question, options, consensusRow, valueOf, choose, locked, refuse, nextEditable, go } = keys
  return (event: KeyboardEvent<HTMLButtonElement>, row: number) => {
    const rowOptions = row === consensusRow ? LEVELS : options
    const current = valueOf(row)
    const key = event.key
    let handled = true
    if (event.ctrlKey || event.metaKey || event.altKey) handled = false
    else if (/^[0-4]$/.test(key)) {
      choose(row, Number(key) as Choice)
      if (!locked(row)) focusRow(idPrefix, nextEditable(row))
    } else if ((key === 'd' || key === 'D' || key === '?') && row !== consensusRow && question.options.dontKnow) {
      choose(row, 'dontKnow')
      if (!locked(row)) focusRow(idPrefix, nextEditable(row))
    } else if (key === 'Delete' || key === 'Backspace') choose(row, undefined)
    else if (key === 'ArrowDown') focusRow(idPrefix, Math.min(row + 1, consensusRow))
    else if (key === 'ArrowUp') focusRow(idPrefix, Math.max(row - 1, 0))
    else if ((key === 'ArrowRight' || key === 'ArrowLeft') && locked(row)) refuse(row)
    else if (key === 'ArrowRight' || key === 'ArrowLeft') {
      const at = rowOptions.findIndex((o) => o === current)
      const next = key === 'ArrowRight' ? Math.min(at + 1, rowOptions.length - 1) : Math.max(at - 1, 0)
      choose(row, rowOptions[next])
      document.getElementById(`${idPrefix}-${row}-${next}`)?.focus()
    } else if (key === 'PageDown' || key === 'PageUp') {
      go(key === 'PageDown' ? keys.nextIndex : keys.previousIndex)
      focusRow(idPrefix, 0)
    } else handled = false
    if (handled) event.preventDefault()
  }
}

/**
 * The projector's keys, on the whole page (they work wherever the focus is, also on the body after
 * a reload): R reveals, T starts the timer, 0–4 set the consensus, a presenter's clicker (Page Down /
 * Page Up) or the arrows change the question. Typing in a field is left alone.
 */
export function useProjectorKeys(
  active: boolean,
  actions: {
    reveal: () => void
    timer: () => void
    consensus: (level: number) => void
    next: () => void
    previous: () => void
  },
): void {
  const onKey = useEffectEvent((event: globalThis.KeyboardEvent) => {
    const key = event.key
    if (
      event.defaultPrevented ||
      (event.target instanceof HTMLElement && event.target.closest('input, textarea, select'))
    )
      return
    let handled = true
    if (event.ctrlKey || event.metaKey || event.altKey) handled = false
    else if (key === 'r' || key === 'R') actions.reveal()
    else if (key === 't' || key === 'T') actions.timer()
    else if (/^[0-4]$/.test(key)) actions.consensus(Number(key))
    else if (key === 'PageDown' || key === 'ArrowRight') actions.next()
    else if (key === 'PageUp' || key === 'ArrowLeft') actions.previous()
    else handled = false
    if (handled) event.preventDefault()
  })
  useEffect(() => {
    if (!active) return
    const listener = (event: globalThis.KeyboardEvent) => onKey(event)
    document.addEventListener('keydown', listener)
    return () => document.removeEventListener('keydown', listener)
  }, [active])
}
