import { useT } from '../../i18n/use-t.ts'
import { ProgressBar } from '../../ui/progress-bar.tsx'
import { assessmentMessages } from './messages.ts'

/** How much of the whole questionnaire is answered: the overview's and the resume card's bar. */
export function OverallProgress({ answered, total }: { answered: number; total: number }) {
  const t = useT(assessmentMessages).progress
  return <ProgressBar label={t.overallLabel} value={answered} max={total} text={t.answered(answered, total)} />
}
