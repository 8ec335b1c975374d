import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { downloadResponse } from '../../ui/download.ts'
import { dataMessages } from './data-messages.ts'

/** Downloads the current response as a dated JSON file. */
export function ExportButton({ className = 'button' }: { className?: string }) {
  const t = useT(dataMessages)
  const locale = useLocale()
  const response = useAssessmentStore((s) => s.response)
  if (!response) return null
  return (
    <button type="button" className={className} onClick={() => downloadResponse(response, locale)}>
      {t.data.export}
    </button>
  )
}
