import { useEffect, useRef, useState } from 'react'
import type { Choice } from '../../../domain/index.ts'

/** One entry made in live mode: whose answer (null: the room's consensus) to which question, and what it was before. */
export interface LiveEdit {
  participantId: string | null
  questionId: string
  questionIndex: number
  before: Choice | undefined
}

// A whole session's worth of keypresses, not a leak over a day of workshops.
const MAX_EDITS = 500

/**
 * The live entries made on this screen, newest last: `undo` (also Ctrl+Z / ⌘Z anywhere on the
 * page) hands the newest to `restore` and forgets it.
 */
export function useLiveUndo(restore: (edit: LiveEdit) => void) {
  const [edits, setEdits] = useState<LiveEdit[]>([])
  const record = (edit: LiveEdit) => setEdits((list) => [...list.slice(1 - MAX_EDITS), edit])
  const undo = () => {
    const last = edits.at(-1)
    if (!last) return
    setEdits((list) => list.slice(0, -1))
    restore(last)
  }
  // The key listener lives as long as the page; it reaches the newest undo through a ref.
  const latest = useRef(undo)
  useEffect(() => {
    latest.current = undo
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, [contenteditable="true"]')) return
      event.preventDefault()
      latest.current()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return { last: edits.at(-1), record, undo }
}
