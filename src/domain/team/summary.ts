import type { Locale, Questionnaire } from '../questionnaire/schema.ts'
import { roundScore } from '../scoring/levels.ts'
import { summarizeReport } from '../scoring/summary.ts'
import { LABELS } from '../labels.ts'
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

/** One participant's note on a question, and how the report names its author. */
export interface TeamNote {
  who: string
  text: string
}

/**
 * Every note per question, in questionnaire order (questions without notes left out). The author is
 * their name when `showNames`, otherwise "Person N" — never with the role, which in a small team
 * would name the author all the same.
 */
export function teamNotes(
  questionnaire: Questionnaire,
  participants: readonly Participant[],
  { locale, showNames }: { locale: Locale; showNames: boolean },
): { questionId: string; notes: TeamNote[] }[] {
  const labels = LABELS[locale]
  const who = participants.map((p, i) => (showNames && p.name ? p.name : labels.participant(i + 1)))
  return questionnaire.questions.flatMap((question) => {
    const notes = participants.flatMap((p, i) => {
      const text = p.answers[question.id]?.note?.trim()
      return text ? [{ who: who[i]!, text }] : []
    })
    return notes.length > 0 ? [{ questionId: question.id, notes }] : []
  })
}
