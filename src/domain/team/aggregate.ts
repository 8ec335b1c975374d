import type { Questionnaire } from '../questionnaire/schema.ts'
import type { AdoptionAnswers, Answers, Choice, Targets } from '../response/schema.ts'
import { combineAdoptionChoices } from '../scoring/adoption.ts'
import { choiceOf } from '../response/choices.ts'
import { countChoice, type Counted } from '../scoring/count.ts'
import { countAnswers, prepare, scoreCounts } from '../scoring/score.ts'
import type { CountedAnswers } from '../scoring/types.ts'
import type { ScoreReport } from '../scoring/types.ts'
import { agreementOf, byDisagreement, isTopic, type Agreement } from './agreement.ts'
import { unknownFindings, type TeamFinding } from './unknowns.ts'

/** One participant's answers, as imported from a response file or entered live. */
export interface Participant {
  id: string
  name?: string | undefined
  role?: string | undefined
  answers: Answers
  adoption?: AdoptionAnswers | undefined
}

export interface Spread {
  mean: number | null
  min: number | null
  max: number | null
  /** max − min; 0 when everyone agrees, null with fewer than one value. */
  spread: number | null
}

/**
 * One question across the room: the levels chosen (mean, lowest, highest), how far the room agrees
 * (see `Agreement`), and the other answers counted apart – "don't know" (`unknown`), "not
 * applicable", "not needed".
 */
export interface QuestionSpread extends Spread, Agreement {
  questionId: string
  dimensionId: string
  /** Each participant's level (in participant order), null where they gave none. */
  levels: (number | null)[]
  /** "Don't know" answers. */
  unknown: number
  notApplicable: number
  notNeeded: number
}

/**
 * One dimension across the room. Two different figures, named apart everywhere:
 * `teamScore` is the dimension scored from the team's combined answers (the mean level per
 * question), the figure on the radar, the bars and the dimension pages; `individualMean` is the
 * mean of each participant's own score. They differ when people answered different questions or
 * said "don't know" (which counts as level 0 in a person's own score, but not in the combined
 * answer while others gave a level).
 */
export interface DimensionSpread {
  dimensionId: string
  teamScore: number | null
  individualMean: number | null
  /** The lowest and highest individual score, and the distance between them. */
  min: number | null
  max: number | null
  spread: number | null
  /** Each participant's dimension score, in participant order. */
  scores: (number | null)[]
}

/** One participant on the map: business-model score against adoption index. */
export interface MapPoint {
  businessModelScore: number | null
  adoptionIndex: number | null
}

export interface TeamReport {
  participants: number
  /** Each participant's place on the map, in participant order. */
  points: MapPoint[]
  /** Scored from the team's combined answers: the mean level per question. */
  team: ScoreReport
  dimensions: DimensionSpread[]
  questions: QuestionSpread[]
  /** Questions the room is split on or where some know and some don't, the most disagreement first. */
  discussionTopics: QuestionSpread[]
  /** The first `agendaSize` discussion topics: what a workshop has time for. */
  agenda: QuestionSpread[]
  /** Questions the room agrees on (`kind` "agreement"), in questionnaire order. */
  consensus: QuestionSpread[]
  /** What the room does not know: the room, single people, the questions most could not answer. */
  findings: TeamFinding[]
}

/** The agenda holds at most this many topics by default: about what a half-day workshop can discuss. */
export const AGENDA_SIZE = 10

function spreadOf(values: readonly (number | null)[]): Spread {
  let sum = 0
  let count = 0
  let min = Infinity
  let max = -Infinity
  for (const value of values) {
    if (value === null) continue
    sum += value
    count += 1
    if (value < min) min = value
    if (value > max) max = value
  }
  if (count === 0) return { mean: null, min: null, max: null, spread: null }
  return { mean: sum / count, min, max, spread: max - min }
}

/**
 * The team's combined answer to one question: the mean of the levels given; "don't know" only
 * when nobody gave a level; then "not needed" (subject to the relevance rule on the team's
 * business-model score), then "not applicable".
 */
function combine(choices: readonly (Choice | undefined)[]): { level: number | null; choice: Choice | undefined } {
  let sum = 0
  let count = 0
  let dontKnow = false
  let notNeeded = false
  let notApplicable = false
  for (const choice of choices) {
    if (typeof choice === 'number') {
      sum += choice
      count += 1
    } else if (choice === 'dontKnow') dontKnow = true
    else if (choice === 'notNeeded') notNeeded = true
    else if (choice === 'notApplicable') notApplicable = true
  }
  if (count > 0) return { level: sum / count, choice: undefined }
  const choice = dontKnow ? 'dontKnow' : notNeeded ? 'notNeeded' : notApplicable ? 'notApplicable' : undefined
  return { level: null, choice }
}

function teamCounts(questionnaire: Questionnaire, perParticipant: readonly CountedAnswers[]): CountedAnswers {
  const { dimensionOf, businessModelIndex } = prepare(questionnaire)
  const combined = questionnaire.questions.map((_, i) => combine(perParticipant.map((p) => p.choices[i])))
  let weighted = 0
  let weights = 0
  questionnaire.questions.forEach((question, i) => {
    const { level, choice } = combined[i]!
    if (dimensionOf[i] !== businessModelIndex) return
    const value = level ?? (choice === 'dontKnow' ? 0 : null)
    if (value === null) return
    weighted += question.weight * value
    weights += question.weight
  })
  const notNeededCounts = weights > 0 && (weighted / weights / 4) * 100 >= questionnaire.scoring.relevanceThreshold
  const counted = questionnaire.questions.map((question, i): Counted => {
    const { level, choice } = combined[i]!
    return level !== null ? { kind: 'level', level, unknown: false } : countChoice(question, choice, notNeededCounts)
  })
  const adoption = combineAdoptionChoices(
    perParticipant.map((p) => p.adoption),
    questionnaire.adoption?.items.length ?? 0,
  )
  return { choices: combined.map((c) => c.choice), counted, notNeededCounts, adoption }
}

/**
 * Aggregates many participants' answers: the team's scores, the spread per dimension and per
 * question, how far the room agrees on each question, the discussion topics ranked by disagreement
 * with the agenda's shortlist, where the room agrees, and what it does not know.
 * The result does not depend on the order of the participants, except for the per-participant lists.
 */
export function aggregateTeam(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  targets?: Targets,
  { agendaSize = AGENDA_SIZE }: { agendaSize?: number } = {},
): TeamReport {
  const counts = participants.map((p) => countAnswers(questionnaire, p.answers, p.adoption))
  const individual = counts.map((c) => scoreCounts(questionnaire, c, targets))
  const team = scoreCounts(questionnaire, teamCounts(questionnaire, counts), targets)
  const { dimensionOf } = prepare(questionnaire)
  const findings = unknownFindings(
    questionnaire,
    participants.map((p) => p.id),
    counts.map((c) => c.choices),
  )
  // A person who did not know most answers is a finding once, not a topic on every question.
  const excused = new Set(findings.flatMap((f) => (f.kind === 'personUnknowns' ? [f.participant] : [])))
  const questions = questionnaire.questions.map((question, i): QuestionSpread => {
    const choices = counts.map((c) => c.choices[i])
    const levels = choices.map((choice) => (typeof choice === 'number' ? choice : null))
    const agreement = agreementOf(choices, excused)
    return {
      questionId: question.id,
      dimensionId: questionnaire.dimensions[dimensionOf[i]!]!.id,
      levels,
      unknown: agreement.counts.dontKnow,
      notApplicable: agreement.counts.notApplicable,
      notNeeded: agreement.counts.notNeeded,
      ...spreadOf(levels),
      ...agreement,
    }
  })
  const dimensions = questionnaire.dimensions.map((dimension, d): DimensionSpread => {
    const scores = individual.map((report) => report.dimensions[d]!.score)
    const { mean, min, max, spread } = spreadOf(scores)
    return {
      dimensionId: dimension.id,
      teamScore: team.dimensions[d]!.score,
      individualMean: mean,
      min,
      max,
      spread,
      scores,
    }
  })
  const order = new Map(questionnaire.questions.map((q, i) => [q.id, i]))
  const discussionTopics = questions
    .filter((q) => isTopic(q.kind))
    .sort((a, b) => byDisagreement(a, b) || order.get(a.questionId)! - order.get(b.questionId)!)
  return {
    participants: participants.length,
    points: individual.map((report) => ({
      businessModelScore: report.businessModelScore,
      adoptionIndex: report.adoption?.index ?? null,
    })),
    team,
    dimensions,
    questions,
    discussionTopics,
    agenda: discussionTopics.slice(0, Math.max(0, agendaSize)),
    consensus: questions.filter((q) => q.kind === 'agreement'),
    findings,
  }
}

export interface RoleGap {
  questionId: string
  dimensionId: string
  /** Mean level of each role's participants who rated the question. */
  first: number
  second: number
  /** first − second */
  gap: number
}

/**
 * How two roles see the same questions (e.g. management against staff): the mean level of each
 * role's participants, largest gaps first. Questions either role did not rate are left out.
 */
export function compareRoles(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  firstRole: string,
  secondRole: string,
): RoleGap[] {
  const meanFor = (role: string, questionId: string) =>
    spreadOf(
      participants
        .filter((p) => p.role === role)
        .map((p) => {
          const choice = choiceOf(p.answers, questionId)
          return typeof choice === 'number' ? choice : null
        }),
    ).mean
  const gaps: RoleGap[] = []
  for (const question of questionnaire.questions) {
    const first = meanFor(firstRole, question.id)
    const second = meanFor(secondRole, question.id)
    if (first === null || second === null) continue
    gaps.push({ questionId: question.id, dimensionId: question.dimension, first, second, gap: first - second })
  }
  return gaps.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))
}

/** The roles present among the participants, in order of first appearance. */
export function rolesOf(participants: readonly Participant[]): string[] {
  return [...new Set(participants.map((p) => p.role).filter((r): r is string => Boolean(r)))]
}
