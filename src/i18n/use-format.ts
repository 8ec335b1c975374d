import { useMemo } from 'react'
import { createFormat, type Format } from './format.ts'
import { useLocale } from './use-t.ts'

/** The formats of the current language (see `createFormat`). */
export function useFormat(): Format {
  const locale = useLocale()
  return useMemo(() => createFormat(locale), [locale])
}
