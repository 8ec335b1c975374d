// Test support only: workshop rooms that look like real ones (noisy) but repeat exactly (seeded).
import type { Questionnaire } from '../../src/domain/questionnaire/schema.ts'
import type { Answers, Choice } from '../../src/domain/response/schema.ts'
import type { Participant } from '../../src/domain/team/aggregate.ts'

/** mulberry32: a small seeded pseudo-random generator, 0 ≤ x < 1. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface RoomOptions {
  /** Questions the room is truly split on: half the people at level 0–1, half at 3–4. */
  splits?: readonly string[]
  /** The chance that one person strays one level beyond the others on a question. */
  noise?: number
  seed?: number
  /** Extra choices by participant index and question id (e.g. a "don't know"). */
  override?: (participant: number, questionId: string) => Choice | undefined
}

/**
 * `size` people who broadly agree, as in issue 15: on each question everyone stands at its base
 * level (1 or 2) or one above – so each is within one level of the others – and with a chance of
 * `noise` a person strays one level further down or up. On the `splits` questions the room divides.
 */
export function broadlyAgreeingRoom(
  questionnaire: Questionnaire,
  size: number,
  { splits = [], noise = 0.08, seed = 15, override }: RoomOptions = {},
): Participant[] {
  const random = seededRandom(seed)
  const base = questionnaire.questions.map(() => 1 + Math.floor(random() * 2))
  return Array.from({ length: size }, (_, p) => {
    const answers: Answers = {}
    questionnaire.questions.forEach((question, i) => {
      const stray = random() < noise ? (random() < 0.5 ? -1 : 2) : Math.floor(random() * 2)
      const low = p % 2 === 0
      const level = splits.includes(question.id) ? (low ? 0 : 3) + Math.floor(random() * 2) : base[i]! + stray
      const choice = override?.(p, question.id) ?? (level as Choice)
      answers[question.id] = { choice }
    })
    return { id: `p${p + 1}`, role: p === 0 ? 'management' : 'staff', answers }
  })
}
