import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import type { Branding } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { useBrandingStore } from '../../store/branding-store.ts'
import { FileButton } from '../../ui/file-button.tsx'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { readLogoFile } from './logo-file.ts'
import { brandingMessages } from './messages.ts'
import './branding.css'

type Messages = (typeof brandingMessages)['de']
const DEFAULT_ACCENT = '#1d5c63'
const COLOR = /^#[0-9a-fA-F]{6}$/

function formSchema(t: Messages) {
  const text = (max: number) => z.string().trim().max(max, t.tooLong(max))
  return z.object({
    name: text(100),
    company: text(100),
    contact: text(200),
    accent: z.string().trim().regex(COLOR, t.accentInvalid),
  })
}
type FormValues = z.infer<ReturnType<typeof formSchema>>

function toBranding(values: FormValues, logo: string | null): Branding {
  const branding: Branding = { accent: values.accent.toLowerCase() }
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
  const schema = useMemo(() => formSchema(t), [t])
  const {
    register,
    handleSubmit,
    control,
    setValue,
    reset,
    formState: { errors },
  } = useForm<FormValues>({
    resolver: zodResolver(schema),
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
  const field = (name: 'name' | 'company' | 'contact', label: string, hint?: string) => {
    const id = `branding-${name}`
    const error = errors[name]
    const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <span className="field-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        <input
          id={id}
          type="text"
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          {...register(name, { onChange: () => setSaved(false) })}
        />
        {error && (
          <span className="field-error" id={`${id}-error`}>
            {error.message}
          </span>
        )}
      </div>
    )
  }

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
              <button
                type="button"
                className="button button-quiet"
                onClick={() => (setLogo(null), setLogoError(null), setSaved(false))}
              >
                {t.logoRemove}
              </button>
            )}
          </div>
          <p role="alert" className="field-error">
            {logoError}
          </p>
        </fieldset>
        <div className="field">
          <label htmlFor="branding-accent">{t.accent}</label>
          <span className="field-hint" id="branding-accent-hint">
            {t.accentHint}
          </span>
          <div className="branding-accent">
            <input
              id="branding-accent"
              type="text"
              spellCheck={false}
              aria-invalid={errors.accent ? true : undefined}
              aria-describedby={errors.accent ? 'branding-accent-hint branding-accent-error' : 'branding-accent-hint'}
              {...register('accent', { onChange: () => setSaved(false) })}
            />
            <input
              type="color"
              aria-label={t.accentPicker}
              value={COLOR.test(accent) ? accent.toLowerCase() : DEFAULT_ACCENT}
              onChange={(event) => (
                setValue('accent', event.currentTarget.value, { shouldValidate: true }),
                setSaved(false)
              )}
            />
          </div>
          {errors.accent && (
            <span className="field-error" id="branding-accent-error">
              {errors.accent.message}
            </span>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button button-primary">
            {t.save}
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => {
              useBrandingStore.getState().clear()
              reset({ name: '', company: '', contact: '', accent: DEFAULT_ACCENT })
              setLogo(null)
              setLogoError(null)
              setSaved(false)
            }}
          >
            {t.reset}
          </button>
        </div>
        <p role="status">{saved ? t.saved : ''}</p>
      </form>
    </article>
  )
}
