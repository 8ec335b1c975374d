import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import { roundScore } from '../scoring/levels.ts'
import { summarizeReport } from '../scoring/summary.ts'
import { sharePercent } from './agreement.ts'
import { compareRoles, rolesOf, type Participant, type TeamReport } from './aggregate.ts'

const rounded = (value: number | null) => (value === null ? null : roundScore(value))
const percent = (share: number | null) => (share === null ? null : sharePercent(share))

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
      teamScore: rounded(d.teamScore),
      individualMean: rounded(d.individualMean),
      min: rounded(d.min),
      max: rounded(d.max),
      spread: rounded(d.spread),
    })),
    discussionTopics: report.discussionTopics.map((q, i) => ({
      rank: i + 1,
      onAgenda: i < report.agenda.length,
      question: q.questionId,
      dimension: q.dimensionId,
      kind: q.kind,
      agreement: percent(q.agreement),
      disagreement: percent(q.disagreement),
      median: q.median,
      iqr: q.iqr,
      spread: q.spread,
      mean: rounded(q.mean),
      unknown: q.unknown,
      notApplicable: q.notApplicable,
      levels: q.levels,
    })),
    consensus: report.consensus.map((q) => ({
      question: q.questionId,
      median: q.median,
      from: q.core!.from,
      to: q.core!.to,
      agreement: percent(q.agreement),
    })),
    findings: report.findings,
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
