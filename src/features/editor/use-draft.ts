import { useCallback, useEffect, useReducer, useRef, useState } from 'react'
import type { Questionnaire } from '../../domain/index.ts'
import { putDraft } from '../../data/drafts.ts'
import { historyReducer, startHistory, type History, type HistoryAction } from './history.ts'

const AUTOSAVE_AFTER_MS = 400

export type AutosaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed' }

/**
 * The draft with its undo history, kept in the workspace as the user types (a short pause first, so
 * typing a sentence is one write), and written at once when the page goes away.
 */
export function useDraft(draftId: string, initial: Questionnaire, createdAt: string) {
  const [history, dispatch] = useReducer(
    historyReducer as (state: History<Questionnaire>, action: HistoryAction<Questionnaire>) => History<Questionnaire>,
    initial,
    startHistory,
  )
  const [autosave, setAutosave] = useState<AutosaveState>({ kind: 'idle' })
  const written = useRef(initial)
  const latest = useRef(history.present)
  latest.current = history.present

  const write = useCallback(() => {
    const questionnaire = latest.current
    if (questionnaire === written.current) return
    written.current = questionnaire
    setAutosave({ kind: 'saving' })
    putDraft({ id: draftId, questionnaire, createdAt, updatedAt: new Date().toISOString() }).then(
      () => setAutosave({ kind: 'saved', at: new Date() }),
      () => setAutosave({ kind: 'failed' }),
    )
  }, [draftId, createdAt])

  useEffect(() => {
    if (history.present === written.current) return
    const timer = setTimeout(write, AUTOSAVE_AFTER_MS)
    return () => clearTimeout(timer)
  }, [history.present, write])

  useEffect(() => {
    const onHide = () => write()
    window.addEventListener('pagehide', onHide)
    return () => {
      window.removeEventListener('pagehide', onHide)
      write()
    }
  }, [write])

  const edit = useCallback(
    (next: Questionnaire, group?: string) =>
      dispatch({ type: 'edit', next, at: Date.now(), ...(group === undefined ? {} : { group }) }),
    [],
  )
  return {
    draft: history.present,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: () => dispatch({ type: 'undo' }),
    redo: () => dispatch({ type: 'redo' }),
    edit,
    autosave,
    /** After saving as a version: the draft is gone from the workspace, nothing more to write. */
    settle: () => {
      written.current = latest.current
    },
  }
}
