import { Link } from 'react-router'
import { appMessages } from '../i18n/app-messages.ts'
import { useT } from '../i18n/use-t.ts'
import { PageHeading } from '../ui/page-heading.tsx'
import { useDocumentTitle } from '../ui/use-document-title.ts'
import { paths } from '../ui/paths.ts'

export function NotFound() {
  const t = useT(appMessages).notFound
  useDocumentTitle(t.title)
  return (
    <div className="page page-narrow">
      <PageHeading>{t.title}</PageHeading>
      <p className="lead">{t.body}</p>
      <Link to={paths.home()} className="button button-primary">
        {t.home}
      </Link>
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
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        {t.reload}
      </button>
    </div>
  )
}
