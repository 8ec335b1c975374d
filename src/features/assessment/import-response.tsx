import { useState } from 'react'
import { workspaceReady } from '../../data/ready.tsx'
import {
  type AssessmentResponse,
  type CarryOverSummary,
  type Questionnaire,
  type ValidationProblem,
} from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { loadDefaultQuestionnaire, useQuestionnaireStore } from '../../store/questionnaire-store.ts'
import { AnswersAtRiskDialog } from '../../ui/answers-at-risk-dialog.tsx'
import { FileButton } from '../../ui/file-button.tsx'
import { ProblemList } from '../../ui/problem-list.tsx'
import { dataMessages } from './data-messages.ts'
import { importMessages } from './import-messages.ts'

type Outcome =
  | { kind: 'problems'; file: string; problems: ValidationProblem[]; questionnaire: Questionnaire }
  | { kind: 'done'; count: number; carried: CarryOverSummary | null }

const answerCount = (response: AssessmentResponse | null) => (response ? Object.keys(response.answers).length : 0)

/**
 * Imports a response file, checked against the questionnaire in use. A bad file is explained
 * problem by problem and changes nothing; a good one replaces existing answers only when confirmed.
 */
export function ImportResponse() {
  const t = { ...useT(dataMessages), ...useT(importMessages) }
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [pending, setPending] = useState<AssessmentResponse | null>(null)
  const [carried, setCarried] = useState<CarryOverSummary | null>(null)

  function replace(incoming: AssessmentResponse) {
    useAssessmentStore.getState().replace(incoming)
    setPending(null)
    setOutcome({ kind: 'done', count: answerCount(incoming), carried })
  }

  async function onFile(file: File) {
    await workspaceReady() // a change made before the workspace is open would not be written
    const questionnaire = useQuestionnaireStore.getState().custom ?? (await loadDefaultQuestionnaire())
    const { readResponseFile } = await import('./read-response-file.ts')
    const result = readResponseFile(await file.text(), questionnaire)
    if (!result.ok) {
      setOutcome({ kind: 'problems', file: file.name, problems: result.problems, questionnaire })
      return
    }
    setOutcome(null)
    const { response, carriedOver } = result.value
    setCarried(carriedOver)
    if (answerCount(useAssessmentStore.getState().response) > 0) setPending(response)
    else {
      useAssessmentStore.getState().replace(response)
      setOutcome({ kind: 'done', count: answerCount(response), carried: carriedOver })
    }
  }

  return (
    <div className="import-response">
      <FileButton label={t.data.import} hint={t.data.importHint} onFile={(file) => void onFile(file)} />
      {outcome?.kind === 'problems' && (
        <ProblemList
          heading={t.import.problems(outcome.file)}
          problems={outcome.problems}
          moreLabel={t.import.more}
          context={{ questionnaire: outcome.questionnaire }}
        />
      )}
      <div role="status" className={outcome?.kind === 'done' ? 'notice notice-success' : undefined}>
        {outcome?.kind === 'done' && t.import.done(outcome.count)}
        {outcome?.kind === 'done' &&
          outcome.carried &&
          ` ${t.import.carried(outcome.carried.fromVersion, outcome.carried.toVersion, outcome.carried.dropped.join(', '))}`}
      </div>
      <AnswersAtRiskDialog
        open={pending !== null}
        texts={{
          title: t.import.confirmTitle,
          body: (count) => t.import.confirmBody(count, answerCount(pending)),
          advice: t.import.confirmAdvice,
          download: t.import.download,
          confirm: t.import.replace,
          cancel: t.import.cancel,
        }}
        onConfirm={() => pending && replace(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  )
}
