import { lazy, Suspense, type ReactNode } from 'react'
import { useWorkspaceSettled, WorkspaceGate } from '../../data/ready.tsx'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t.ts'
import { useAssessmentStore } from '../../store/assessment-store.ts'
import { PageHeading } from '../../ui/page-heading.tsx'
import { useDocumentTitle } from '../../ui/use-document-title.ts'
import { useQueuedClick } from '../../ui/queued-click.ts'
import { assessmentMessages } from './messages.ts'
import { useBegin } from './use-begin.ts'
import { prepareBeginning } from './prepare-beginning.ts'
import { paths } from '../../ui/paths.ts'
import { Button } from '../../ui/button.tsx'
import './start-page.css'

// What a first visit does not need for its first paint: the returning user's card, and reading a file.
const ResumeCard = lazy(async () => ({ default: (await import('./resume-card.tsx')).ResumeCard }))
const ImportResponse = lazy(async () => ({ default: (await import('./import-response.tsx')).ImportResponse }))

function BeginButton() {
  const t = useT(assessmentMessages).start
  const begin = useBegin({ unlessOneIsOpen: true, prepare: prepareBeginning })
  // A click on the prerendered button before the app ran (see src/ui/queued-click.ts).
  useQueuedClick('begin', () => void begin())
  return (
    <Button variant="primary" className="button-large" data-queue-click="begin" onClick={() => void begin()}>
      {t.begin} <span aria-hidden="true">→</span>
    </Button>
  )
}

/**
 * The start page: the approach in one paragraph, what to expect, and the ways in. `examples` is the way to
 * an example report, below the facts; the app fills it (another feature's links).
 */
export function StartPage({ examples }: { examples?: ReactNode }) {
  const t = useT(assessmentMessages)
  useDocumentTitle('')
  const hasResponse = useAssessmentStore((s) => s.response !== null)
  const settled = useWorkspaceSettled()
  // Until the workspace is open (and in the HTML prerendered at build time) the begin button shows;
  // a click waits for the workspace. A returning visitor's page hides it until then (see
  // first-paint.ts): once open, what is stored decides between "continue" and "begin".
  const begin = (pending: boolean) => (
    <div className={pending ? 'button-row start-actions-pending' : 'button-row'}>
      <BeginButton />
    </div>
  )
  return (
    <div className="page start">
      <section className="start-hero" aria-labelledby="start-title">
        <p className="eyebrow">{t.start.eyebrow}</p>
        <PageHeading className="start-title" id="start-title">
          {t.start.title}
        </PageHeading>
        <p className="lead start-approach">{t.start.approach}</p>
        {settled ? (
          <Suspense fallback={begin(true)}>
            <WorkspaceGate>
              {hasResponse ? (
                <Suspense fallback={<div className="card resume-card resume-card-loading" />}>
                  <ResumeCard />
                </Suspense>
              ) : (
                begin(false)
              )}
            </WorkspaceGate>
          </Suspense>
        ) : (
          begin(true)
        )}
      </section>
      <section className="start-facts" aria-labelledby="facts-title">
        <h2 id="facts-title" className="visually-hidden">
          {t.start.facts}
        </h2>
        <div className="fact">
          <h3>{t.start.durationTitle}</h3>
          <p>{t.start.duration}</p>
        </div>
        <div className="fact">
          <h3>{t.start.privacyTitle}</h3>
          <p>{t.start.privacy}</p>
        </div>
        <div className="fact">
          <h3>{t.start.honestTitle}</h3>
          <p>{t.start.honest}</p>
        </div>
      </section>
      {examples}
      <section className="start-import" aria-labelledby="import-title">
        <h2 id="import-title">{t.start.importTitle}</h2>
        <p className="muted">{t.start.otherFile}</p>
        <div className="button-row start-import-actions">
          {/* Reading a file needs the workspace: not part of the first paint. */}
          {settled && (
            <Suspense>
              <ImportResponse />
            </Suspense>
          )}
        </div>
        <p className="start-consultants">
          <Link to={paths.questionnaire()}>{t.start.consultants}</Link>
        </p>
      </section>
    </div>
  )
}
