import { mustBe } from '../problems/issue.ts'
import { z } from '../zod.ts'
import { checkSchema, type Result } from '../validation.ts'

/** Largest logo file accepted, in bytes: enough for a crisp print logo, small enough for storage. */
export const MAX_LOGO_BYTES = 500 * 1024
/** A base64 data URL is 4/3 of the bytes, plus its short header. */
const MAX_LOGO_URL = Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 64

/** The logo formats every target (browser, PDF) decodes: PNG and JPEG. */
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const
export type LogoType = (typeof LOGO_TYPES)[number]

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max))

// Lower-cased by `validateBranding`, not by a zod transform: the transform would add to the zod code every page shares.
export const accentColorSchema = z.string().check(z.trim(), z.regex(/^#[0-9a-fA-F]{6}$/, { error: mustBe('colour') }))

export const logoDataUrlSchema = z
  .string()
  .check(
    z.maxLength(MAX_LOGO_URL),
    z.regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/, { error: mustBe('logo') }),
  )

/** The consultant's branding on the PDF cover: every field optional, nothing sent anywhere. */
export const brandingSchema = z.strictObject({
  name: z.optional(text(100)),
  company: z.optional(text(100)),
  contact: z.optional(text(200)),
  logo: z.optional(logoDataUrlSchema),
  accent: z.optional(accentColorSchema),
})
export type Branding = z.infer<typeof brandingSchema>

/** What the branding form checks (the logo is read and checked as a file): the stored rules, not a copy. */
export const brandingFormSchema = z.pick(brandingSchema, { name: true, company: true, contact: true, accent: true })

/** Validates stored or imported branding; problems come back as values. */
export function validateBranding(data: unknown): Result<Branding> {
  const parsed = checkSchema(brandingSchema, data)
  if (!parsed.ok) return parsed
  const { accent, ...rest } = parsed.value
  return { ok: true, value: accent === undefined ? rest : { ...rest, accent: accent.toLowerCase() } }
}

/** True when branding has nothing to show. */
export function isBrandingEmpty(branding: Branding): boolean {
  return !branding.name && !branding.company && !branding.contact && !branding.logo
}

function channel(hex: string): number {
  const value = Number.parseInt(hex, 16) / 255
  return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
}

/** WCAG contrast ratio of a #rrggbb colour against white (1–21). */
export function contrastOnWhite(color: string): number {
  const luminance =
    0.2126 * channel(color.slice(1, 3)) + 0.7152 * channel(color.slice(3, 5)) + 0.0722 * channel(color.slice(5, 7))
  return 1.05 / (luminance + 0.05)
}
