import type { AdoptionAnswers, Answers, Choice } from '../response/schema.ts'
import type { WorkshopParticipant } from './workshop.ts'

/** One question whose answer differs between the version a workshop holds and a re-sent one. */
export interface AnswerChange {
  questionId: string
  from: Choice | undefined
  to: Choice | undefined
  /** The note differs (alone, or besides the level). */
  noteChanged: boolean
}

/**
 * The questions whose level or note differs between two sets of answers, in the order of
 * `questionIds` (questionnaire order); ids missing from that order follow, sorted.
 */
export function answerChanges(before: Answers, after: Answers, questionIds: readonly string[]): AnswerChange[] {
  const order = new Map(questionIds.map((id, i) => [id, i]))
  const ids = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(
    (a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b),
  )
  return ids.flatMap((questionId) => {
    const was = Object.hasOwn(before, questionId) ? before[questionId] : undefined
    const now = Object.hasOwn(after, questionId) ? after[questionId] : undefined
    const noteChanged = (was?.note ?? '') !== (now?.note ?? '')
    return was?.choice === now?.choice && !noteChanged
      ? []
      : [{ questionId, from: was?.choice, to: now?.choice, noteChanged }]
  })
}

/** Whether two adoption inventories hold the same answers (a missing one is an empty one). */
export function sameAdoption(a: AdoptionAnswers | undefined, b: AdoptionAnswers | undefined): boolean {
  const left = Object.entries(a ?? {})
  return left.length === Object.keys(b ?? {}).length && left.every(([id, answer]) => b?.[id]?.choice === answer.choice)
}

/** What a response re-sent under an id the workshop already holds means for that participant. */
export type ResendVerdict =
  /** Newer and different: the participant may be updated (after the facilitator has seen the changes). */
  | { verdict: 'newer'; changes: AnswerChange[]; adoptionChanged: boolean }
  /** The same answers: nothing to do. */
  | { verdict: 'unchanged' }
  /** Different but not newer than what the workshop holds: refused. */
  | { verdict: 'older' }

/**
 * Compares a re-sent response with the participant who holds its earlier version. It is newer when
 * its `updatedAt` is later than the one imported; a participant imported before that time was
 * kept has none, so then any difference counts as newer.
 */
export function resendVerdict(
  participant: Pick<WorkshopParticipant, 'answers' | 'adoption' | 'responseUpdatedAt'>,
  response: { answers: Answers; adoption?: AdoptionAnswers | undefined; updatedAt: string },
  questionIds: readonly string[],
): ResendVerdict {
  const changes = answerChanges(participant.answers, response.answers, questionIds)
  const adoptionChanged = !sameAdoption(participant.adoption, response.adoption)
  if (changes.length === 0 && !adoptionChanged) return { verdict: 'unchanged' }
  const known = participant.responseUpdatedAt === undefined ? NaN : Date.parse(participant.responseUpdatedAt)
  const sent = Date.parse(response.updatedAt)
  return Number.isNaN(known) || sent > known ? { verdict: 'newer', changes, adoptionChanged } : { verdict: 'older' }
}

/** A name as people compare it: Unicode-normalised, case and runs of white space ignored. */
export function nameKey(name: string | undefined): string {
  return (name ?? '').normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase()
}

/** Whether a participant was registered in advance and still waits for answers: no import, no level, no note. */
export function awaitsAnswers(participant: WorkshopParticipant): boolean {
  return (
    participant.responseId === undefined &&
    Object.keys(participant.adoption ?? {}).length === 0 &&
    Object.values(participant.answers).every((a) => a.choice === undefined && !a.note)
  )
}

/**
 * The participants an incoming response may belong to: registered in advance under the same
 * name (see `nameKey`) and still without answers, leaving out those in `taken`. An empty name matches nobody.
 */
export function preRegisteredMatches(
  participants: readonly WorkshopParticipant[],
  name: string | undefined,
  taken: ReadonlySet<string> = new Set(),
): WorkshopParticipant[] {
  const key = nameKey(name)
  if (key === '') return []
  return participants.filter((p) => !taken.has(p.id) && nameKey(p.name) === key && awaitsAnswers(p))
}
