import { useLocale, useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { Button, type ButtonVariant } from '../../ui/button.tsx'
import { downloadResponse } from '../../ui/download.ts'
import { dataMessages } from './data-messages.ts'

/** Downloads the current response as a dated JSON file. */
export function ExportButton({ variant }: { variant?: ButtonVariant }) {
  const t = useT(dataMessages)
  const locale = useLocale()
  const response = useAssessmentStore((s) => s.response)
  if (!response) return null
  return (
    <Button variant={variant} onClick={() => downloadResponse(response, locale)}>
      {t.data.export}
    </Button>
  )
}
