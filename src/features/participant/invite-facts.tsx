import { answeringMinutes } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useSettingsStore } from '../../store/settings-store.ts'
import { participantMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'

/** What a participant wants to know before starting: how long it takes, and that it is in their language too. */
export function InviteFacts({ questions }: { questions: number }) {
  const t = useT(participantMessages).join
  const locale = useLocale()
  const other = locale === 'de' ? 'en' : 'de'
  const { from, to } = answeringMinutes(questions)
  return (
    <div className="button-row invite-facts">
      <p>{t.duration(questions, from, to)}</p>
      <Button variant="quiet" onClick={() => useSettingsStore.getState().setLocale(other)}>
        {t.otherLanguage}
      </Button>
    </div>
  )
}
