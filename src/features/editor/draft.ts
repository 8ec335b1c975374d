import type { AdoptionItem, Dimension, LocalizedText, Question, Questionnaire } from '../../domain/index.ts'

// Pure changes to a draft: each returns a new questionnaire (the undo history keeps the old one).

const emptyText = (): LocalizedText => ({ de: '', en: '' })

/** A free id from a prefix: `prefix`, else `prefix-2`, `prefix-3`, … */
export function uniqueId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(prefix)) return prefix
  let n = 2
  while (used.has(`${prefix}-${n}`)) n += 1
  return `${prefix}-${n}`
}

/** The next minor version not yet taken: 2.0 → 2.1 (→ 2.2 when 2.1 exists); 1.0.3 → 1.1. */
export function nextVersion(version: string, taken: ReadonlySet<string>): string {
  const [major = '1', minor = '0'] = version.split('.')
  let next = Number(minor) + 1
  while (taken.has(`${major}.${next}`)) next += 1
  return `${major}.${next}`
}

export type CopyMode = { kind: 'version'; version: string } | { kind: 'fork'; id: string }

/**
 * The copy a consultant edits: a new version of the same questionnaire (same id, so assessments and
 * the library know them as one questionnaire), or a questionnaire of their own (new id, version 1.0,
 * nothing carried over from another questionnaire's versions).
 */
export function copyForEditing(source: Questionnaire, mode: CopyMode): Questionnaire {
  if (mode.kind === 'version') return { ...source, version: mode.version }
  const { carryOver: _notOurs, ...rest } = source
  return { ...rest, id: mode.id, version: '1.0' }
}

export interface Placed {
  questionnaire: Questionnaire
  /** Where the changed item now is. */
  index: number
}

/** An empty question at the end of a dimension: its texts are to be written (validation says which). */
export function addQuestion(q: Questionnaire, dimensionId: string): Placed {
  const question: Question = {
    id: uniqueId(
      `${dimensionId}-neu`,
      q.questions.map((x) => x.id),
    ),
    dimension: dimensionId,
    title: emptyText(),
    prompt: emptyText(),
    why: emptyText(),
    levels: [0, 1, 2, 3, 4].map(emptyText),
    recommendations: [0, 1, 2, 3, 4].map(emptyText),
    options: { dontKnow: true, notApplicable: false, notNeeded: false },
    weight: 1,
  }
  let last = -1
  q.questions.forEach((x, i) => {
    if (x.dimension === dimensionId) last = i
  })
  const index = last === -1 ? q.questions.length : last + 1
  const questions = [...q.questions.slice(0, index), question, ...q.questions.slice(index)]
  return { questionnaire: { ...q, questions }, index }
}

/** Removes a question and every reference to it (tools to settle first, carried-over answers). */
export function removeQuestion(q: Questionnaire, index: number): Questionnaire {
  const id = q.questions[index]?.id
  const questions = q.questions.filter((_, i) => i !== index)
  return renameReferences({ ...q, questions }, id, undefined)
}

/** Moves a question one place up (-1) or down (+1) among the questions of its dimension. */
export function moveQuestion(q: Questionnaire, index: number, delta: -1 | 1): Placed {
  const dimension = q.questions[index]?.dimension
  const siblings = q.questions.flatMap((x, i) => (x.dimension === dimension ? [i] : []))
  const at = siblings.indexOf(index)
  const other = siblings[at + delta]
  if (other === undefined) return { questionnaire: q, index }
  const questions = [...q.questions]
  questions[index] = q.questions[other]!
  questions[other] = q.questions[index]!
  return { questionnaire: { ...q, questions }, index: other }
}

/** Drag and drop: the question takes the target question's place (and dimension). */
export function moveQuestionTo(q: Questionnaire, from: number, to: number): Placed {
  const moving = q.questions[from]
  const target = q.questions[to]
  if (!moving || !target || from === to) return { questionnaire: q, index: from }
  const rest = q.questions.filter((_, i) => i !== from)
  const at = rest.indexOf(target) + (from < to ? 1 : 0)
  const questions = [...rest.slice(0, at), { ...moving, dimension: target.dimension }, ...rest.slice(at)]
  return { questionnaire: { ...q, questions }, index: at }
}

/** Drag and drop onto a dimension: the question moves to its end. */
export function moveQuestionToDimension(q: Questionnaire, from: number, dimensionId: string): Placed {
  const moving = q.questions[from]
  if (!moving) return { questionnaire: q, index: from }
  const rest = { ...q, questions: q.questions.filter((_, i) => i !== from) }
  const placed = addQuestion(rest, dimensionId)
  const questions = placed.questionnaire.questions.map((x, i) =>
    i === placed.index ? { ...moving, dimension: dimensionId } : x,
  )
  return { questionnaire: { ...q, questions }, index: placed.index }
}

/** Renames a question id everywhere it is named; `next` undefined removes the references instead. */
export function renameReferences(q: Questionnaire, id: string | undefined, next: string | undefined): Questionnaire {
  if (id === undefined) return q
  const swap = (list: string[]) => list.flatMap((x) => (x === id ? (next === undefined ? [] : [next]) : [x]))
  const adoption = q.adoption && {
    ...q.adoption,
    items: q.adoption.items.map((item) => ({ ...item, settleFirst: swap(item.settleFirst) })),
  }
  const carryOver = q.carryOver?.map((entry) => ({
    ...entry,
    questions: Object.fromEntries(
      Object.entries(entry.questions).flatMap(([from, to]) =>
        to === id ? (next === undefined ? [] : [[from, next]]) : [[from, to]],
      ),
    ),
  }))
  return { ...q, ...(adoption ? { adoption } : {}), ...(carryOver ? { carryOver } : {}) }
}

/** Changes a question's id and the references to it. */
export function renameQuestion(q: Questionnaire, index: number, id: string): Questionnaire {
  const old = q.questions[index]?.id
  const questions = q.questions.map((x, i) => (i === index ? { ...x, id } : x))
  return renameReferences({ ...q, questions }, old, id)
}

/** Changes a dimension's id, and its questions and the scoring with it. */
export function renameDimension(q: Questionnaire, index: number, id: string): Questionnaire {
  const old = q.dimensions[index]?.id
  return {
    ...q,
    dimensions: q.dimensions.map((d, i) => (i === index ? { ...d, id } : d)),
    questions: q.questions.map((x) => (x.dimension === old ? { ...x, dimension: id } : x)),
    scoring: q.scoring.businessModelDimension === old ? { ...q.scoring, businessModelDimension: id } : q.scoring,
  }
}

const renumber = (dimensions: Dimension[]) => dimensions.map((d, order) => (d.order === order ? d : { ...d, order }))

/** A new, empty dimension at the end, with one empty question (a dimension needs at least one). */
export function addDimension(q: Questionnaire): Placed {
  const dimension: Dimension = {
    id: uniqueId(
      'bereich',
      q.dimensions.map((d) => d.id),
    ),
    order: q.dimensions.length,
    layer: 'foundation',
    weight: 1,
    title: emptyText(),
    description: emptyText(),
  }
  const withDimension = { ...q, dimensions: renumber([...q.dimensions, dimension]) }
  return { questionnaire: addQuestion(withDimension, dimension.id).questionnaire, index: q.dimensions.length }
}

/** Removes a dimension with its questions (undo brings both back). */
export function removeDimension(q: Questionnaire, index: number): Questionnaire {
  const id = q.dimensions[index]?.id
  let next: Questionnaire = { ...q, dimensions: renumber(q.dimensions.filter((_, i) => i !== index)) }
  for (const question of q.questions.filter((x) => x.dimension === id))
    next = removeQuestion(next, next.questions.indexOf(question))
  return next
}

function swap<T>(list: readonly T[], index: number, delta: -1 | 1): T[] | null {
  const other = index + delta
  if (other < 0 || other >= list.length) return null
  const copy = [...list]
  copy[index] = list[other]!
  copy[other] = list[index]!
  return copy
}

/** Moves a dimension one place up or down; the order numbers follow the list. */
export function moveDimension(q: Questionnaire, index: number, delta: -1 | 1): Placed {
  const dimensions = swap(q.dimensions, index, delta)
  return dimensions
    ? { questionnaire: { ...q, dimensions: renumber(dimensions) }, index: index + delta }
    : { questionnaire: q, index }
}

/** Drag and drop of a dimension onto another's place. */
export function moveDimensionTo(q: Questionnaire, from: number, to: number): Placed {
  const moving = q.dimensions[from]
  if (!moving || from === to || to < 0 || to >= q.dimensions.length) return { questionnaire: q, index: from }
  const rest = q.dimensions.filter((_, i) => i !== from)
  const dimensions = [...rest.slice(0, to), moving, ...rest.slice(to)]
  return { questionnaire: { ...q, dimensions: renumber(dimensions) }, index: to }
}

/** A new, empty kind of tool at the end of the adoption inventory. */
export function addAdoptionItem(q: Questionnaire): Placed {
  const items = q.adoption?.items ?? []
  const item: AdoptionItem = {
    id: uniqueId(
      'werkzeug',
      items.map((x) => x.id),
    ),
    title: emptyText(),
    examples: emptyText(),
    worthItWhen: emptyText(),
    settleFirst: [],
    weight: 1,
  }
  const adoption = { intro: q.adoption?.intro ?? emptyText(), items: [...items, item] }
  return { questionnaire: { ...q, adoption }, index: items.length }
}

export function removeAdoptionItem(q: Questionnaire, index: number): Questionnaire {
  if (!q.adoption) return q
  return { ...q, adoption: { ...q.adoption, items: q.adoption.items.filter((_, i) => i !== index) } }
}

export function moveAdoptionItem(q: Questionnaire, index: number, delta: -1 | 1): Placed {
  const items = q.adoption && swap(q.adoption.items, index, delta)
  return items && q.adoption
    ? { questionnaire: { ...q, adoption: { ...q.adoption, items } }, index: index + delta }
    : { questionnaire: q, index }
}
