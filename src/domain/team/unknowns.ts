import type { Questionnaire } from '../questionnaire/schema.ts'
import type { Choice } from '../response/schema.ts'

/** What the room does not know: said once, the same on screen, in the PDF and in the CLI. */
export type TeamFinding =
  | {
      /** "Don't know" is a large share of all the room's answers. */
      kind: 'roomUnknowns'
      unknown: number
      answered: number
    }
  | {
      /** One person answered "don't know" to many of the questions they answered. */
      kind: 'personUnknowns'
      /** Index in participant order (so the renderer names or anonymises the person). */
      participant: number
      participantId: string
      unknown: number
      answered: number
    }
  | {
      /** Questions at least half of the people answering could not answer, the most unknown first. */
      kind: 'questionsUnknown'
      questionIds: string[]
    }

/**
 * One or two "don't know" from a person are normal; a person is named only from this many on (and
 * from the questionnaire's `manyUnknownsShare` of their answers), so one unsure answer in a short
 * questionnaire does not single anyone out.
 */
export const PERSON_UNKNOWNS_FROM = 3

/** A question goes on the "could not answer" list when at least half of the people answering said "don't know". */
export const QUESTION_UNKNOWN_SHARE = 0.5

/**
 * The team's findings on what it does not know: the room as a whole, each person, and the questions
 * most could not answer. `choices[p][q]` is participant p's choice for question q. Thresholds for the
 * room and a person are the questionnaire's own `manyUnknownsShare`, as in a single assessment.
 */
export function unknownFindings(
  questionnaire: Questionnaire,
  participantIds: readonly string[],
  choices: readonly (readonly (Choice | undefined)[])[],
): TeamFinding[] {
  const share = questionnaire.scoring.manyUnknownsShare
  const findings: TeamFinding[] = []
  let roomUnknown = 0
  let roomAnswered = 0
  const people: TeamFinding[] = []
  choices.forEach((row, participant) => {
    const answered = row.filter((c) => c !== undefined).length
    const unknown = row.filter((c) => c === 'dontKnow').length
    roomUnknown += unknown
    roomAnswered += answered
    if (unknown >= PERSON_UNKNOWNS_FROM && unknown >= share * answered)
      people.push({
        kind: 'personUnknowns',
        participant,
        participantId: participantIds[participant]!,
        unknown,
        answered,
      })
  })
  if (roomUnknown > 0 && roomUnknown >= share * roomAnswered)
    findings.push({ kind: 'roomUnknowns', unknown: roomUnknown, answered: roomAnswered })
  findings.push(...people)
  const questions = questionnaire.questions
    .map((question, q) => {
      let unknown = 0
      let knowing = 0
      for (const row of choices) {
        if (row[q] === 'dontKnow') unknown += 1
        else if (typeof row[q] === 'number') knowing += 1
      }
      return { id: question.id, q, unknown, share: unknown / Math.max(1, unknown + knowing) }
    })
    .filter((x) => x.unknown > 0 && x.share >= QUESTION_UNKNOWN_SHARE)
    .sort((a, b) => b.share - a.share || b.unknown - a.unknown || a.q - b.q)
  if (questions.length > 0) findings.push({ kind: 'questionsUnknown', questionIds: questions.map((x) => x.id) })
  return findings
}
