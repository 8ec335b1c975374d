import { diffQuestionnaires } from './diff.ts'
import type { CarryOver, Questionnaire } from './schema.ts'

/** Whether the answer to an earlier version's question opens on the newer version, and why not. */
export type CarryVerdict =
  | { id: string; carries: true; to: string; explicit: boolean }
  | { id: string; carries: false; reason: 'removed' | 'levelsChanged' | 'notListed' }

/** "1.10" > "1.9" > "1.0": versions compared part by part as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/**
 * The carry-over rules for answers moving from `before` to `after`. An explicit `carryOver` entry
 * of `after` for `before`'s version decides alone. Without one, the diff decides: a question that
 * still exists carries when its levels kept their text in both languages (reworded title, prompt or
 * help, a new dimension, weight or options do not matter); a changed level text means an answer no
 * longer says the same, so it does not carry.
 */
export function carryOverVerdicts(before: Questionnaire, after: Questionnaire): CarryVerdict[] {
  const diff = diffQuestionnaires(before, after)
  const removed = new Set(diff.questionsRemoved)
  const levelsChanged = new Set(diff.questionsChanged.filter((c) => c.levels.length > 0).map((c) => c.id))
  const explicit = after.carryOver?.find((entry) => entry.fromVersion === before.version)
  if (explicit)
    return before.questions.map((q) => {
      const to = Object.hasOwn(explicit.questions, q.id) ? explicit.questions[q.id] : undefined
      if (to !== undefined) return { id: q.id, carries: true, to, explicit: true }
      // The list decides; the diff still tells the likely reason.
      const reason = removed.has(q.id) ? 'removed' : levelsChanged.has(q.id) ? 'levelsChanged' : 'notListed'
      return { id: q.id, carries: false, reason }
    })
  return before.questions.map((q) =>
    removed.has(q.id)
      ? { id: q.id, carries: false, reason: 'removed' }
      : levelsChanged.has(q.id)
        ? { id: q.id, carries: false, reason: 'levelsChanged' }
        : { id: q.id, carries: true, to: q.id, explicit: false },
  )
}

/** The carry-over entry the diff implies for answers of `before` (see `carryOverVerdicts`). */
export function deriveCarryOver(before: Questionnaire, after: Questionnaire): CarryOver {
  const questions: Record<string, string> = {}
  for (const verdict of carryOverVerdicts(before, after)) if (verdict.carries) questions[verdict.id] = verdict.to
  return { fromVersion: before.version, questions }
}

/** The schema's limit on carry-over entries. */
const MAX_ENTRIES = 20

/**
 * A newer version with carry-over entries for every earlier version of the same questionnaire it
 * does not list itself (the latest first, within the schema's limit of 20 entries). Explicit
 * entries stay as written; with nothing to add, the questionnaire comes back unchanged.
 */
export function withDerivedCarryOver(after: Questionnaire, known: readonly Questionnaire[]): Questionnaire {
  const listed = new Set((after.carryOver ?? []).map((entry) => entry.fromVersion))
  const seen = new Set<string>()
  const earlier = known
    .filter((q) => q.id === after.id && compareVersions(q.version, after.version) < 0 && !listed.has(q.version))
    .sort((a, b) => compareVersions(b.version, a.version))
    .filter((q) => !seen.has(q.version) && seen.add(q.version))
    .slice(0, Math.max(0, MAX_ENTRIES - listed.size))
  if (earlier.length === 0) return after
  return { ...after, carryOver: [...(after.carryOver ?? []), ...earlier.map((q) => deriveCarryOver(q, after))] }
}

/**
 * The version a new one is best compared with: the same version if its content differs (it would be
 * replaced), otherwise the latest earlier version of the same questionnaire. None when nothing
 * comparable is known or the same version is already kept unchanged.
 */
export function versionToCompare(next: Questionnaire, known: readonly Questionnaire[]): Questionnaire | undefined {
  const sameId = known.filter((q) => q.id === next.id)
  const sameVersion = sameId.find((q) => q.version === next.version)
  if (sameVersion) return JSON.stringify(sameVersion) === JSON.stringify(next) ? undefined : sameVersion
  return sameId
    .filter((q) => compareVersions(q.version, next.version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0]
}
