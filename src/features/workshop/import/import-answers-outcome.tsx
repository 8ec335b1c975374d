import { describeProblems, type Questionnaire, type Workshop } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { whoIs } from './import-question-dialog.tsx'
import type { ImportOutcome } from './import-responses.ts'
import { participantLabel } from '../../../i18n/team-labels.ts'
import { workshopMessages } from '../messages.ts'
import type { ImportLine } from './use-import-flow.ts'

/** One file's or link's fate, as a line of the import result. */
export function Outcome({
  outcome,
  workshop,
  questionnaire,
}: {
  outcome: ImportOutcome
  workshop: Workshop
  questionnaire: Questionnaire
}) {
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
      return <li className="text-success">{m.added(outcome.source, label)}</li>
    }
    case 'matched':
      return <li className="text-success">{m.matched(outcome.source, who(outcome.participantId))}</li>
    case 'updated':
      return <li className="text-success">{m.updated(outcome.source, who(outcome.participantId))}</li>
    case 'kept':
      return <li className="text-warning">{m.kept(outcome.source, who(outcome.participantId))}</li>
    case 'skipped':
      return <li className="text-warning">{m.skipped(outcome.source)}</li>
    case 'changed':
      return <li className="text-warning">{m.changedWaiting(outcome.source, who(outcome.participantId))}</li>
    case 'ambiguous':
      return (
        <li className="text-warning">
          {m.ambiguousWaiting(outcome.source, outcome.read.response.respondent?.name ?? '')}
        </li>
      )
    case 'otherWorkshop':
      return <li className="text-warning">{m.otherWorkshopWaiting(outcome.source)}</li>
    case 'duplicate':
      return (
        <li className="text-warning">
          {outcome.participantId === null
            ? m.duplicateInBatch(outcome.source)
            : m.duplicate(outcome.source, who(outcome.participantId))}
        </li>
      )
    case 'older':
      return (
        <li className="text-danger">
          {outcome.participantId === null
            ? m.olderInBatch(outcome.source)
            : m.older(outcome.source, who(outcome.participantId))}
        </li>
      )
    case 'otherQuestionnaire':
      return (
        <li className="text-danger">
          {m.refused(outcome.source)}{' '}
          {m.otherQuestionnaire(outcome.id, outcome.version, questionnaire.id, questionnaire.version)}
        </li>
      )
    case 'refused':
      return (
        <li className="text-danger">
          {m.refused(outcome.source)}
          <ul>
            {describeProblems(outcome.problems, locale, { questionnaire }).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      )
  }
}

/** How many lines ended in one of these ways. */
export function count(lines: readonly ImportLine[], ...statuses: ImportOutcome['status'][]): number {
  return lines.filter((line) => statuses.includes(line.outcome.status)).length
}
