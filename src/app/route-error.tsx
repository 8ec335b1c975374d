import { appMessages } from '../i18n/app-messages.ts'
import { useT } from '../i18n/use-t.ts'
import { PageHeading } from '../ui/page-heading.tsx'
import { useDocumentTitle } from '../ui/use-document-title.ts'
import { paths } from '../ui/paths.ts'
import { Button, ButtonLink } from '../ui/button.tsx'

export function NotFound() {
  const t = useT(appMessages).notFound
  useDocumentTitle(t.title)
  return (
    <div className="page page-narrow">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.body}</p>
      <ButtonLink to={paths.home()} variant="primary">
        {t.home}
      </ButtonLink>
    </div>
  )
}

/** A page that failed to render (or a chunk that failed to load): say so calmly, answers are safe. */
export function RouteError() {
  const t = useT(appMessages).error
  return (
    <div className="page page-narrow" role="alert">
      <h1>{t.title}</h1>
      <p className="lead">{t.body}</p>
      <Button variant="primary" onClick={() => window.location.reload()}>
        {t.reload}
      </Button>
    </div>
  )
}
