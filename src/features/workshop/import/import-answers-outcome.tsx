import { describeProblems, type Questionnaire, type Workshop } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { whoIs } from './import-question-dialog.tsx'
import type { ImportOutcome } from './import-responses.ts'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import type { ImportLine } from './use-import-flow.ts'

/** How an outcome looks at a glance: taken in, kept back or waiting, refused. */
export const OUTCOME_CLASS: Record<ImportOutcome['status'], string> = {
  added: 'text-success',
  matched: 'text-success',
  updated: 'text-success',
  kept: 'text-warning',
  skipped: 'text-warning',
  changed: 'text-warning',
  ambiguous: 'text-warning',
  otherWorkshop: 'text-warning',
  duplicate: 'text-warning',
  older: 'text-danger',
  otherQuestionnaire: 'text-danger',
  refused: 'text-danger',
}

interface OutcomeProps {
  outcome: ImportOutcome
  workshop: Workshop
  questionnaire: Questionnaire
}

/** One file's or link's fate, as a line of the import result. */
export function Outcome({ outcome, workshop, questionnaire }: OutcomeProps) {
  return (
    <li className={OUTCOME_CLASS[outcome.status]}>
      <OutcomeText outcome={outcome} workshop={workshop} questionnaire={questionnaire} />
    </li>
  )
}

function OutcomeText({ outcome, workshop, questionnaire }: OutcomeProps) {
  const t = useT(workshopMessages)
  const locale = useLocale()
  const m = t.importAnswers
  const who = (participantId: string) => whoIs(t, workshop, participantId)
  switch (outcome.status) {
    case 'added': {
      const index = workshop.participants.findIndex((p) => p.id === outcome.participant.id)
      const label =
        index >= 0
          ? participantLabel(t, workshop.participants[index]!, index, true)
          : (outcome.participant.name ?? m.removed)
      return m.added(outcome.source, label)
    }
    case 'matched':
      return m.matched(outcome.source, who(outcome.participantId))
    case 'updated':
      return m.updated(outcome.source, who(outcome.participantId))
    case 'kept':
      return m.kept(outcome.source, who(outcome.participantId))
    case 'skipped':
      return m.skipped(outcome.source)
    case 'changed':
      return m.changedWaiting(outcome.source, who(outcome.participantId))
    case 'ambiguous':
      return m.ambiguousWaiting(outcome.source, outcome.read.response.respondent?.name ?? '')
    case 'otherWorkshop':
      return m.otherWorkshopWaiting(outcome.source)
    case 'duplicate':
      return outcome.participantId === null
        ? m.duplicateInBatch(outcome.source)
        : m.duplicate(outcome.source, who(outcome.participantId))
    case 'older':
      return outcome.participantId === null
        ? m.olderInBatch(outcome.source)
        : m.older(outcome.source, who(outcome.participantId))
    case 'otherQuestionnaire':
      return (
        <>
          {m.refused(outcome.source)}{' '}
          {m.otherQuestionnaire(outcome.id, outcome.version, questionnaire.id, questionnaire.version)}
        </>
      )
    case 'refused':
      return (
        <>
          {m.refused(outcome.source)}
          <ul>
            {describeProblems(outcome.problems, locale, { questionnaire }).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )
  }
}

/** How many lines ended in one of these ways. */
export function count(lines: readonly ImportLine[], ...statuses: ImportOutcome['status'][]): number {
  return lines.filter((line) => statuses.includes(line.outcome.status)).length
}
