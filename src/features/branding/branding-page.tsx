import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { brandingFormSchema, type Branding } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useBrandingStore } from '../../store/branding-store.ts'
import { Field } from '../../ui/field.tsx'
import { FileButton } from '../../ui/file-button.tsx'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { readLogoFile } from './logo-file.ts'
import { brandingMessages } from './messages.ts'
import { Button } from '../../ui/button.tsx'
import './branding.css'

const DEFAULT_ACCENT = '#1d5c63'
const COLOR = /^#[0-9a-fA-F]{6}$/

// The fields of the domain's branding schema the form edits; the form always holds a colour.
type FormValues = Pick<Branding, 'name' | 'company' | 'contact' | 'accent'>

function toBranding(values: FormValues, logo: string | null): Branding {
  const branding: Branding = { accent: (values.accent ?? DEFAULT_ACCENT).toLowerCase() }
  if (values.name) branding.name = values.name
  if (values.company) branding.company = values.company
  if (values.contact) branding.contact = values.contact
  if (logo) branding.logo = logo
  return branding
}

/** Settings: the consultant's name, company, contact line, logo and accent colour for the PDF cover. */
export function BrandingPage() {
  const t = useT(brandingMessages)
  useDocumentTitle(t.title)
  const stored = useBrandingStore((s) => s.branding)
  const [logo, setLogo] = useState<string | null>(stored.logo ?? null)
  const [logoError, setLogoError] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  const {
    register,
    handleSubmit,
    control,
    setValue,
    reset,
    formState: { errors },
  } = useForm<FormValues>({
    resolver: zodResolver(brandingFormSchema),
    defaultValues: {
      name: stored.name ?? '',
      company: stored.company ?? '',
      contact: stored.contact ?? '',
      accent: stored.accent ?? DEFAULT_ACCENT,
    },
  })
  const accent = useWatch({ control, name: 'accent' })

  const chooseLogo = async (file: File) => {
    const checked = await readLogoFile(file)
    setSaved(false)
    if (checked.ok) {
      setLogo(checked.dataUrl)
      setLogoError(null)
    } else
      setLogoError(
        checked.problem === 'size' ? t.logoProblem.size((file.size / 1024).toFixed(0)) : t.logoProblem[checked.problem],
      )
  }
  const onSubmit = handleSubmit((values) => {
    useBrandingStore.getState().save(toBranding(values, logo))
    setSaved(true)
  })
  const field = (name: 'name' | 'company' | 'contact', label: string, hint?: string) => (
    // The schema's only rule for these texts is a length (100 characters; the contact line 200).
    <Field
      id={`branding-${name}`}
      label={label}
      hint={hint}
      error={errors[name] && t.tooLong(name === 'contact' ? 200 : 100)}
    >
      {(control) => <input type="text" {...control} {...register(name, { onChange: () => setSaved(false) })} />}
    </Field>
  )

  return (
    <article className="branding-page">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.intro}</p>
      <form className="card" noValidate onSubmit={(event) => void onSubmit(event)}>
        {field('name', t.name)}
        {field('company', t.company)}
        {field('contact', t.contact, t.contactHint)}
        <fieldset className="field branding-logo">
          <legend>{t.logo}</legend>
          <span className="field-hint">{t.logoHint}</span>
          {logo ? (
            <img src={logo} alt={t.logoPreview} className="branding-logo-preview" />
          ) : (
            <p className="field-hint">{t.logoNone}</p>
          )}
          <div className="button-row">
            <FileButton
              label={t.logoChoose}
              hint={t.logoHint}
              accept="image/png,image/jpeg"
              onFile={(file) => void chooseLogo(file)}
            />
            {logo && (
              <Button variant="quiet" onClick={() => (setLogo(null), setLogoError(null), setSaved(false))}>
                {t.logoRemove}
              </Button>
            )}
          </div>
          <p role="alert" className="field-error">
            {logoError}
          </p>
        </fieldset>
        <Field id="branding-accent" label={t.accent} hint={t.accentHint} error={errors.accent && t.accentInvalid}>
          {(control) => (
            <div className="branding-accent">
              <input
                type="text"
                spellCheck={false}
                {...control}
                {...register('accent', { onChange: () => setSaved(false) })}
              />
              <input
                type="color"
                aria-label={t.accentPicker}
                value={accent && COLOR.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT}
                onChange={(event) => (
                  setValue('accent', event.currentTarget.value, { shouldValidate: true }),
                  setSaved(false)
                )}
              />
            </div>
          )}
        </Field>
        <div className="button-row">
          <Button type="submit" variant="primary">
            {t.save}
          </Button>
          <Button
            variant="quiet"
            onClick={() => {
              useBrandingStore.getState().clear()
              reset({ name: '', company: '', contact: '', accent: DEFAULT_ACCENT })
              setLogo(null)
              setLogoError(null)
              setSaved(false)
            }}
          >
            {t.reset}
          </Button>
        </div>
        <p role="status">{saved ? t.saved : ''}</p>
      </form>
    </article>
  )
}
