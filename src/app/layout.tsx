import { lazy, Suspense, useEffect } from 'react'
import { Link, NavLink, Outlet, useLocation } from 'react-router'
import { useScrollToTop } from './use-scroll-to-top.ts'
import { LanguageSwitch } from '../features/settings/language-switch.tsx'
import { appMessages } from '../i18n/app-messages.ts'
import { useLocale, useT } from '../i18n/use-t.ts'
import { RouteError } from './route-error.tsx'
import { RouteBoundary } from './route-boundary.tsx'
import { SavedIndicator } from './saved-indicator.tsx'
import { useSaveStatus } from '../data/save-status.ts'
import { useSetAsideStore } from '../store/set-aside.ts'
import { useAssessmentStore } from '../store/assessment-store.ts'
import { paths } from '../ui/paths.ts'
import './layout.css'

// Shown only when stored data could not be written or read: loaded then, not on every first paint.
const WriteFailureNotice = lazy(async () => ({
  default: (await import('./write-failure-notice.tsx')).WriteFailureNotice,
}))
const SetAsideNotice = lazy(async () => ({ default: (await import('./set-aside-notice.tsx')).SetAsideNotice }))

/** The frame of every page: skip link, header with navigation and language, the page, the privacy line. */
export function Layout() {
  const t = useT(appMessages)
  const locale = useLocale()
  const { pathname } = useLocation()
  const writeFailed = useSaveStatus((s) => s.failure !== null)
  const setAside = useSetAsideStore((s) => s.items.length > 0)
  // A workshop participant joining or answering (answers carry their workshop only when given from an
  // invitation) sees a participant's app: no consultant controls. Not the invitation store: its zod
  // would weigh on the start page.
  const participant = useAssessmentStore((s) => s.response?.workshopId !== undefined) || pathname === paths.join()
  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])
  useScrollToTop(pathname)
  return (
    <div className="shell">
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          // A hash link would be read as a route: move focus by hand instead.
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to={paths.home()} className="brand" aria-label={t.home}>
            <span className="brand-mark" aria-hidden="true" />
            <span className="brand-name">{t.appName}</span>
          </Link>
          <nav aria-label={t.nav.label} className="site-nav">
            <NavLink to={paths.overview()}>{t.nav.overview}</NavLink>
            <NavLink to={paths.report()}>{t.nav.report}</NavLink>
            {!participant && <NavLink to={paths.clients()}>{t.nav.clients}</NavLink>}
            {!participant && <NavLink to={paths.workshops()}>{t.nav.workshops}</NavLink>}
          </nav>
          <div className="site-tools">
            <SavedIndicator />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense>
          {writeFailed && <WriteFailureNotice />}
          {setAside && <SetAsideNotice />}
        </Suspense>
        <RouteBoundary key={pathname} fallback={<RouteError />}>
          <Suspense
            fallback={
              <p role="status" className="page loading">
                {t.loading}
              </p>
            }
          >
            <Outlet />
          </Suspense>
        </RouteBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer-inner">
          <p>{t.footer.privacy}</p>
          {!participant && (
            <p>
              <Link to={paths.questionnaire()}>{t.footer.questionnaire}</Link>
              {' · '}
              <Link to={paths.branding()}>{t.footer.branding}</Link>
            </p>
          )}
        </div>
      </footer>
    </div>
  )
}
