import { use, useMemo, useState } from 'react'
import { useParams } from 'react-router'
import type { AssessmentResponse } from '../domain/index.ts'
import { ExampleBanner } from '../features/examples/example-banner.tsx'
import { isExampleName, type ExampleName } from '../features/examples/example-names.ts'
import { loadExample, localizeExample } from '../features/examples/load-example.ts'
import { exampleMessages } from '../features/examples/messages.ts'
import { DownloadPdfButton } from '../features/pdf/download-pdf-button.tsx'
import { ReportEditsContext, type ReportEdits } from '../features/report/report-edits.ts'
import { ReportPage } from '../features/report/report-page.tsx'
import { useLocale, useT } from '../i18n/use-t.ts'
import { loadQuestionnaireVersion } from '../store/questionnaire-versions.ts'
import { useDocumentTitle } from '../ui/use-document-title.ts'
import { NotFound } from './route-error.tsx'

/**
 * An example company's report: the normal report and PDF of the shipped answers, marked as an
 * example. What the reader changes (targets, plan, the tool on offer) stays in this page's state and
 * is gone on leaving: nothing is written to the open assessment or the workspace.
 */
function ExampleReport({ name }: { name: ExampleName }) {
  const locale = useLocale()
  const t = useT(exampleMessages)
  const shipped = use(loadExample(name))
  const questionnaire = use(loadQuestionnaireVersion(shipped.questionnaire.id, shipped.questionnaire.version))
  const [changed, setChanged] = useState<AssessmentResponse | null>(null)
  const response = useMemo(() => localizeExample(name, changed ?? shipped, locale), [name, changed, shipped, locale])
  useDocumentTitle(t.documentTitle(shipped.company?.name ?? name))
  const edits = useMemo<ReportEdits>(() => {
    const change = (patch: Partial<AssessmentResponse>) =>
      setChanged((current) => ({ ...(current ?? shipped), ...patch }))
    return {
      setTargets: (targets) => change({ targets }),
      setPlanEntry: (questionId, entry) =>
        setChanged((current) => {
          const base = current ?? shipped
          return { ...base, plan: { ...base.plan, [questionId]: entry } }
        }),
      setConsideringTool: (itemId) =>
        setChanged((current) => {
          const { consideringTool: _previous, ...rest } = current ?? shipped
          return itemId === undefined ? rest : { ...rest, consideringTool: itemId }
        }),
    }
  }, [shipped])
  return (
    <ReportEditsContext value={edits}>
      <ReportPage
        answers={response}
        banner={<ExampleBanner name={name} />}
        actions={<DownloadPdfButton response={response} questionnaire={questionnaire ?? undefined} />}
      />
    </ReportEditsContext>
  )
}

export function ExampleRoute() {
  const { name = '' } = useParams()
  // A fresh page per example: another example's changes never carry over.
  return isExampleName(name) ? <ExampleReport key={name} name={name} /> : <NotFound />
}
