import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import { roundScore } from '../scoring/levels.ts'
import { summarizeReport } from '../scoring/summary.ts'
import { compareRoles, rolesOf, type Participant, type TeamReport } from './aggregate.ts'

const rounded = (value: number | null) => (value === null ? null : roundScore(value))

/** The team report as plain JSON (what `groundwork score` prints for several responses). */
export function summarizeTeam(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  report: TeamReport,
  locale: Locale = 'de',
) {
  const roles = rolesOf(participants)
  const [first, second] = roles
  return {
    participants: report.participants,
    roles,
    team: summarizeReport(questionnaire, report.team, locale),
    dimensions: report.dimensions.map((d) => ({
      id: d.dimensionId,
      mean: rounded(d.mean),
      min: rounded(d.min),
      max: rounded(d.max),
      spread: rounded(d.spread),
    })),
    discussionTopics: report.discussionTopics.map((q) => ({
      question: q.questionId,
      dimension: q.dimensionId,
      spread: q.spread,
      mean: rounded(q.mean),
      levels: q.levels,
    })),
    consensus: report.consensus.map((q) => ({ question: q.questionId, level: q.min })),
    roleComparison:
      first && second
        ? {
            roles: [first, second],
            gaps: compareRoles(questionnaire, participants, first, second).map((g) => ({
              question: g.questionId,
              [first]: rounded(g.first),
              [second]: rounded(g.second),
              gap: rounded(g.gap),
            })),
          }
        : null,
  }
}
