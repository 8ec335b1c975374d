import type { CSSProperties } from 'react'
import { isBrandingEmpty } from '../domain/index.ts'
import { defineMessages } from '../i18n/define-messages.ts'
import { useT } from '../i18n/use-t.ts'
import { useBrandingStore } from '../store/branding-store.ts'
import './branding-line.css'

const messages = defineMessages(
  {
    label: 'Beratung',
    with: (who: string) => `Begleitet von ${who}`,
    logo: 'Logo der Beratung',
  },
  {
    label: 'Consultant',
    with: (who: string) => `Prepared with ${who}`,
    logo: "Consultant's logo",
  },
)

/**
 * The consultant's line on the on-screen and printed report, as on the PDF cover: logo, name and
 * company, contact. Nothing when no branding is set. The accent colour only draws a rule, never
 * text, so any colour keeps the text readable.
 */
export function BrandingLine() {
  const t = useT(messages)
  const branding = useBrandingStore((s) => s.branding)
  if (isBrandingEmpty(branding)) return null
  const who = [branding.name, branding.company].filter(Boolean).join(', ')
  const accent = branding.accent ? ({ '--branding-accent': branding.accent } as CSSProperties) : undefined
  return (
    <aside className="branding-line" aria-label={t.label} style={accent}>
      {branding.logo && <img src={branding.logo} alt={branding.company ?? branding.name ?? t.logo} />}
      <p>
        {who && <span className="branding-line-who">{t.with(who)}</span>}
        {branding.contact && <span className="branding-line-contact">{branding.contact}</span>}
      </p>
    </aside>
  )
}
