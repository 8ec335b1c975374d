import { Suspense, type ReactNode } from 'react'
import { appMessages } from '../i18n/app-messages.ts'
import { useT } from '../i18n/use-t.ts'

/** A page whose records or questionnaire may still be loading: until they are here, the app's "Loading …". */
export function Loading({ children }: { children: ReactNode }) {
  const t = useT(appMessages)
  return <Suspense fallback={<p role="status">{t.loading}</p>}>{children}</Suspense>
}
