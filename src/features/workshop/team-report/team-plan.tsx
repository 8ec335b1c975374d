import { tellFindings } from '../../../i18n/findings.ts'
import { tellTeamFindings } from '../../../i18n/team-words.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import { teamMessages } from './team-messages.ts'
import type { TeamModel } from './team-model.ts'
import { Section } from '../../../ui/section.tsx'

/**
 * Findings – the team's combined view, then what the room does not know – and the first steps,
 * foundation first, computed from the team's combined view.
 */
export function TeamPlan({ model, showNames }: { model: TeamModel; showNames: boolean }) {
  const t = useT(teamMessages).plan
  const w = useT(workshopMessages)
  const locale = useLocale()
  const format = useFormat()
  const { team } = model.report
  const told = [
    ...tellFindings(team, model.questionnaire, locale, 'team'),
    ...tellTeamFindings(model.report.findings, {
      locale,
      questionnaire: model.questionnaire,
      participantLabel: (i) => participantLabel(w, model.participants[i]!, i, showNames),
    }),
  ]
  const steps = team.actionPlan.slice(0, model.questionnaire.scoring.actionPlanSize)
  return (
    <>
      <Section id="workshop-findings" heading={t.findings} className="card panel">
        {told.length === 0 ? (
          <p>{t.noFindings}</p>
        ) : (
          <ul className="findings">
            {told.map((finding) => (
              <li key={finding.key} className={`finding finding-${finding.tone}`}>
                <strong>{finding.title}.</strong> {finding.paragraphs[0]}
                {finding.list && ` ${finding.list.label} ${finding.list.items.join(', ')}`}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="workshop-steps" heading={t.steps} className="card panel">
        <p className="muted">{t.stepsLead}</p>
        <ol className="plan-steps">
          {steps.map((step) => {
            const question = model.question(step.questionId)
            const next = question.levels[Math.min(step.from + 1, 4)]!
            return (
              <li key={step.questionId} className="plan-step">
                <h3>{model.text(question.title)}</h3>
                <p className="eyebrow">{t.stepAt(model.dimensionTitle(step.dimensionId), format.level(step.level))}</p>
                <p>{model.text(question.recommendations[step.from]!)}</p>
                {step.from < 4 && (
                  <p className="muted">
                    <strong>{t.next}</strong> {model.text(next)}
                  </p>
                )}
              </li>
            )
          })}
        </ol>
      </Section>
    </>
  )
}
