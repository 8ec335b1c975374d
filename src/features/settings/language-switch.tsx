import { useEffect } from 'react'
import { LOCALES, type Locale } from '../../domain/index.ts'
import { useLocale, useT } from '../../i18n/use-t.ts'
import { useSettingsStore } from '../../store/settings-store.ts'
import { takeQueuedClick } from '../../ui/queued-click.ts'
import { languageMessages } from './language-messages.ts'
import './language-switch.css'

// Each language is named in itself, so a reader who cannot read the current one still finds theirs.
// The name begins with the letters shown ("DE Deutsch"): WCAG 2.5.3, a voice user says "click DE".
const NAMES: Record<Locale, { short: string; long: string }> = {
  de: { short: 'DE', long: 'Deutsch' },
  en: { short: 'EN', long: 'English' },
}

/** German or English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const t = useT(languageMessages)
  const locale = useLocale()
  const setLocale = useSettingsStore((s) => s.setLocale)
  // A language chosen on the static page, before the app ran, is carried out once it has.
  useEffect(() => {
    for (const option of LOCALES) if (takeQueuedClick(`language-${option}`)) setLocale(option)
  }, [setLocale])
  return (
    <div role="group" aria-label={t.language} className="language-switch">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          aria-label={`${NAMES[option].short} ${NAMES[option].long}`}
          className="language-switch-option"
          data-queue-click={`language-${option}`}
          onClick={() => setLocale(option)}
        >
          {NAMES[option].short}
        </button>
      ))}
    </div>
  )
}
