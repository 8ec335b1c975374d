import { createContext, use } from 'react'
import type { Questionnaire } from '../../domain/index.ts'
import type { Path } from './path.ts'
import type { DraftCheck } from './validation.ts'

export interface EditorApi {
  draft: Questionnaire
  check: DraftCheck
  /** Replaces the draft (one undo step; edits with the same `group` in quick succession are one). */
  edit: (next: Questionnaire, group?: string) => void
  /** Sets one value, typed into the field at `path`. */
  set: (path: Path, value: unknown) => void
}

export const EditorContext = createContext<EditorApi | null>(null)

/** The draft being edited and how to change it; only inside the editor. */
export function useEditor(): EditorApi {
  const api = use(EditorContext)
  if (!api) throw new Error('useEditor outside the editor')
  return api
}
