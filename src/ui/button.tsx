import type { ComponentProps } from 'react'
import { Link } from 'react-router'

/** The kinds of button base.css draws besides the plain, outlined one (`.button-primary` and so on). */
export type ButtonVariant = 'primary' | 'quiet' | 'danger'

interface VariantProps {
  /** Left out: the plain, outlined button. */
  variant?: ButtonVariant | undefined
}

/** The class list of a button-looking element: for the few that are neither a button nor a link (a file label). */
export function buttonClassName(variant?: ButtonVariant, className?: string): string {
  return ['button', variant && `button-${variant}`, className].filter(Boolean).join(' ')
}

/**
 * The app's button. `type` is "button" unless said otherwise, so a button in a form never submits it by
 * accident; a form's own submit button says `type="submit"`. Every other prop (ref included) reaches the
 * `<button>`.
 */
export function Button({ variant, className, type = 'button', ...props }: ComponentProps<'button'> & VariantProps) {
  return <button type={type} className={buttonClassName(variant, className)} {...props} />
}

/** A link that looks like a button: it still navigates, and is announced as a link. */
export function ButtonLink({ variant, className, ...props }: ComponentProps<typeof Link> & VariantProps) {
  return <Link className={buttonClassName(variant, className)} {...props} />
}
