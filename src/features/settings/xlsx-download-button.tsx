import { useState } from 'react'
import type { Questionnaire } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { Button } from '../../ui/button.tsx'
import { downloadQuestionnaireXlsx } from './questionnaire-file.ts'
import { xlsxMessages } from './xlsx-messages.ts'

/** "Download as Excel" for one questionnaire; says so when the file could not be made. */
export function XlsxDownloadButton({
  questionnaire,
  quiet = false,
}: {
  questionnaire: Questionnaire
  quiet?: boolean
}) {
  const t = useT(xlsxMessages)
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle')
  const download = () => {
    setState('busy')
    downloadQuestionnaireXlsx(questionnaire).then(
      () => setState('idle'),
      () => setState('failed'),
    )
  }
  return (
    <>
      <Button
        variant={quiet ? 'quiet' : undefined}
        aria-label={quiet ? t.downloadThis(questionnaire.version) : undefined}
        aria-busy={state === 'busy'}
        disabled={state === 'busy'}
        onClick={download}
      >
        {state === 'busy' ? t.preparing : t.download}
      </Button>
      {state === 'failed' && <span role="alert">{t.failed}</span>}
    </>
  )
}
