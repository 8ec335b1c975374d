import { LOCALES, type Locale, type LocalizedText, type Questionnaire } from './schema.ts'
import { SCORING_KEYS } from './sheets/layout.ts'

/** A text that changed, and in which languages. */
export interface TextChange {
  field: 'title' | 'prompt' | 'why' | 'stepOwner' | 'description'
  locales: Locale[]
}

/** What changed in one question kept under the same id. */
export interface QuestionChange {
  id: string
  /** Wording only: the answer keeps its meaning. */
  reworded: TextChange[]
  /** Levels (0–4) whose text changed in either language: an answer on them no longer means the same. */
  levels: number[]
  recommendations: number[]
  /** Moved to another dimension. */
  moved?: { from: string; to: string }
  weight?: { before: number; after: number }
  /** Answer options ("don't know", …) now offered or no longer offered. */
  options: string[]
  risk: boolean
}

export interface DimensionChange {
  id: string
  reworded: TextChange[]
  weight?: { before: number; after: number }
  layer?: { before: string; after: string }
  order: boolean
}

export interface ValueChange {
  key: string
  before: string | number | undefined
  after: string | number | undefined
}

/** Everything that differs between two versions of a questionnaire, in the order a reader checks it. */
export interface QuestionnaireDiff {
  before: { id: string; version: string }
  after: { id: string; version: string }
  dimensionsAdded: string[]
  dimensionsRemoved: string[]
  dimensionsChanged: DimensionChange[]
  questionsAdded: string[]
  questionsRemoved: string[]
  questionsChanged: QuestionChange[]
  /** Questions in a different order (same ids, same dimensions). */
  questionsReordered: boolean
  scoring: ValueChange[]
  /** Other parts that changed: the title and description, maturity levels, inventory, findings, carry-over. */
  other: ('title' | 'description' | 'maturityLevels' | 'adoption' | 'findings' | 'carryOver')[]
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function textChange(field: TextChange['field'], a?: LocalizedText, b?: LocalizedText): TextChange[] {
  const locales = LOCALES.filter((locale) => a?.[locale] !== b?.[locale])
  return locales.length > 0 ? [{ field, locales }] : []
}

/** Of the text fields named, those worded otherwise in `b` than in `a`, with the languages that changed. */
function reworded<F extends TextChange['field']>(
  a: { [K in F]?: LocalizedText | undefined },
  b: { [K in F]?: LocalizedText | undefined },
  fields: readonly F[],
): TextChange[] {
  return fields.flatMap((field) => textChange(field, a[field], b[field]))
}

const changedIndices = (a: readonly LocalizedText[], b: readonly LocalizedText[]) =>
  [0, 1, 2, 3, 4].filter((i) => !same(a[i], b[i]))

function questionChange(a: Questionnaire['questions'][number], b: Questionnaire['questions'][number]) {
  const change: QuestionChange = {
    id: a.id,
    reworded: reworded(a, b, ['title', 'prompt', 'why', 'stepOwner']),
    levels: changedIndices(a.levels, b.levels),
    recommendations: changedIndices(a.recommendations, b.recommendations),
    options: (['dontKnow', 'notApplicable', 'notNeeded'] as const).filter((o) => a.options[o] !== b.options[o]),
    risk: !same(a.risk, b.risk),
  }
  if (a.dimension !== b.dimension) change.moved = { from: a.dimension, to: b.dimension }
  if (a.weight !== b.weight) change.weight = { before: a.weight, after: b.weight }
  const changed =
    change.reworded.length + change.levels.length + change.recommendations.length + change.options.length > 0 ||
    change.risk ||
    change.moved !== undefined ||
    change.weight !== undefined
  return changed ? change : undefined
}

function dimensionChange(a: Questionnaire['dimensions'][number], b: Questionnaire['dimensions'][number]) {
  const change: DimensionChange = {
    id: a.id,
    reworded: reworded(a, b, ['title', 'description', 'stepOwner']),
    order: a.order !== b.order,
  }
  if (a.weight !== b.weight) change.weight = { before: a.weight, after: b.weight }
  if (a.layer !== b.layer) change.layer = { before: a.layer, after: b.layer }
  const changed =
    change.reworded.length > 0 || change.order || change.weight !== undefined || change.layer !== undefined
  return changed ? change : undefined
}

/** Kept (by id), added and removed items of two lists, each in its list's order. */
function match<T extends { id: string }>(before: readonly T[], after: readonly T[]) {
  const beforeIds = new Map(before.map((x) => [x.id, x]))
  const afterIds = new Set(after.map((x) => x.id))
  return {
    added: after.filter((x) => !beforeIds.has(x.id)).map((x) => x.id),
    removed: before.filter((x) => !afterIds.has(x.id)).map((x) => x.id),
    kept: after.flatMap((x) => {
      const old = beforeIds.get(x.id)
      return old ? [[old, x] as const] : []
    }),
  }
}

/**
 * What changed from one version of a questionnaire to another: questions and dimensions added,
 * removed or changed (reworded, levels, moved, weights), scoring parameters, and the other parts.
 * Items are matched by id; a question whose id changed counts as removed and added.
 */
export function diffQuestionnaires(before: Questionnaire, after: Questionnaire): QuestionnaireDiff {
  const dimensions = match(before.dimensions, after.dimensions)
  const questions = match(before.questions, after.questions)
  const keptOrder = (list: Questionnaire['questions'], other: Set<string>) =>
    list.filter((q) => other.has(q.id)).map((q) => q.id)
  const beforeIds = new Set(before.questions.map((q) => q.id))
  const afterIds = new Set(after.questions.map((q) => q.id))
  const other: QuestionnaireDiff['other'] = []
  if (!same(before.title, after.title)) other.push('title')
  if (!same(before.description, after.description)) other.push('description')
  for (const key of ['maturityLevels', 'adoption', 'findings', 'carryOver'] as const)
    if (!same(before[key], after[key])) other.push(key)
  return {
    before: { id: before.id, version: before.version },
    after: { id: after.id, version: after.version },
    dimensionsAdded: dimensions.added,
    dimensionsRemoved: dimensions.removed,
    dimensionsChanged: dimensions.kept.flatMap(([a, b]) => dimensionChange(a, b) ?? []),
    questionsAdded: questions.added,
    questionsRemoved: questions.removed,
    questionsChanged: questions.kept.flatMap(([a, b]) => questionChange(a, b) ?? []),
    questionsReordered: !same(keptOrder(before.questions, afterIds), keptOrder(after.questions, beforeIds)),
    scoring: SCORING_KEYS.flatMap((key) =>
      before.scoring[key] === after.scoring[key]
        ? []
        : [{ key, before: before.scoring[key], after: after.scoring[key] }],
    ),
    other,
  }
}

/** Whether two versions differ in anything at all. */
export function isEmptyDiff(diff: QuestionnaireDiff): boolean {
  return (
    diff.dimensionsAdded.length + diff.dimensionsRemoved.length + diff.dimensionsChanged.length === 0 &&
    diff.questionsAdded.length + diff.questionsRemoved.length + diff.questionsChanged.length === 0 &&
    !diff.questionsReordered &&
    diff.scoring.length === 0 &&
    diff.other.length === 0
  )
}
