import {
  aggregateTeam,
  localize,
  type Locale,
  type Participant,
  type LocalizedText,
  type Question,
  type QuestionSpread,
  type Questionnaire,
  type TeamReport,
  type Workshop,
  type WorkshopParticipant,
} from '../../../domain/index.ts'

/** What every section of the team report reads; computed from answers, never stored. */
export interface TeamModel {
  questionnaire: Questionnaire
  /** The workshop's id and agreed levels: not the whole workshop, so typing a decision leaves the model as it is. */
  workshop: Pick<Workshop, 'id' | 'consensus'>
  participants: readonly Participant[]
  report: TeamReport
  text: (value: LocalizedText) => string
  question: (id: string) => Question
  dimensionTitle: (id: string) => string
}

export function buildTeamModel(
  questionnaire: Questionnaire,
  workshop: Pick<Workshop, 'id' | 'consensus'>,
  participants: readonly WorkshopParticipant[],
  locale: Locale,
): TeamModel {
  const questions = new Map(questionnaire.questions.map((q) => [q.id, q]))
  const dimensions = new Map(questionnaire.dimensions.map((d) => [d.id, d.title]))
  const text = (value: LocalizedText) => localize(value, locale)
  const people = toParticipants(participants)
  return {
    questionnaire,
    workshop: { id: workshop.id, consensus: workshop.consensus },
    participants: people,
    report: aggregateTeam(questionnaire, people),
    text,
    question: (id) => questions.get(id)!,
    dimensionTitle: (id) => {
      const title = dimensions.get(id)
      return title ? text(title) : id
    },
  }
}

/** How many people chose each level 0–4. */
export function distribution(question: QuestionSpread): number[] {
  const counts = [0, 0, 0, 0, 0]
  for (const level of question.levels) if (level !== null) counts[level]! += 1
  return counts
}

/** The domain's participant shape (optional fields absent rather than undefined). */
export function toParticipants(participants: readonly WorkshopParticipant[]): Participant[] {
  return participants.map(({ id, name, role, answers, adoption }) => ({
    id,
    ...(name ? { name } : {}),
    ...(role ? { role } : {}),
    answers,
    ...(adoption ? { adoption } : {}),
  }))
}
