import type { Locale } from '../domain/index.ts'

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { [K in keyof T]: Widen<T[K]> }

/** German first; English must provide every key with the same shape, or the typecheck fails. */
export function defineMessages<const D extends object>(de: D, en: Widen<D>): Record<Locale, Widen<D>> {
  return { de: de as unknown as Widen<D>, en }
}
