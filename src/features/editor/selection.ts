/** What the form on the right shows. */
export type Selection =
  | { kind: 'general' }
  | { kind: 'scoring' }
  | { kind: 'adoption' }
  | { kind: 'dimension'; index: number }
  | { kind: 'question'; index: number }

/** Where a problem's path (`questions[3].levels[2].de`) is edited. */
export function selectionOf(path: string): Selection {
  const indexed = /^(questions|dimensions)\[(\d+)\]/.exec(path)
  if (indexed) return { kind: indexed[1] === 'questions' ? 'question' : 'dimension', index: Number(indexed[2]) }
  if (path.startsWith('scoring') || path.startsWith('maturityLevels')) return { kind: 'scoring' }
  if (path.startsWith('adoption')) return { kind: 'adoption' }
  return { kind: 'general' }
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a.kind === b.kind && (!('index' in a) || !('index' in b) || a.index === b.index)
}
