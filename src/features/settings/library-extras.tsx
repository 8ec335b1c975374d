import { compareVersions, type Questionnaire } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { QuestionnaireDiffView } from './questionnaire-diff-view.tsx'
import { XlsxDownloadButton } from './xlsx-download-button.tsx'
import { xlsxMessages } from './xlsx-messages.ts'

/** The latest version of the same questionnaire before this one, among those known. */
function previousOf(questionnaire: Questionnaire, known: readonly Questionnaire[]): Questionnaire | undefined {
  return known
    .filter((q) => q.id === questionnaire.id && compareVersions(q.version, questionnaire.version) < 0)
    .sort((a, b) => compareVersions(b.version, a.version))[0]
}

/** Beside a kept questionnaire: its Excel download, and what changed since its previous version. */
export function LibraryExtras({
  questionnaire,
  known,
}: {
  questionnaire: Questionnaire
  known: readonly Questionnaire[]
}) {
  const t = useT(xlsxMessages)
  const previous = previousOf(questionnaire, known)
  return (
    <>
      <XlsxDownloadButton questionnaire={questionnaire} quiet />
      {previous && (
        <details className="library-diff">
          <summary>{t.compare(previous.version)}</summary>
          <QuestionnaireDiffView before={previous} after={questionnaire} />
        </details>
      )}
    </>
  )
}
