import { memo, useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { answersToCsv, type Questionnaire, type Workshop, type WorkshopParticipant } from '../../../domain/index.ts'
import { useLocale, useT } from '../../../i18n/use-t.ts'
import { ConsensusSection } from './consensus-section.tsx'
import { DiscussionTopics } from './discussion-topics.tsx'
import { download, workshopFileName } from '../download.ts'
import { useFormat } from '../../../i18n/use-format.ts'
import { IndividualProfiles } from './individual-profiles.tsx'
import { ReadyWorkshop } from '../page-states.tsx'
import { Loading } from '../../../ui/loading.tsx'
import { QuestionSpreadTable } from './question-spread-table.tsx'
import { RoleComparison } from './role-comparison.tsx'
import { TeamDimensions } from './team-dimensions.tsx'
import { TeamMap } from './team-map.tsx'
import { teamMessages } from './team-messages.ts'
import { buildTeamModel, toParticipants, type TeamModel } from './team-model.ts'
import { TeamNotes } from './team-notes.tsx'
import { TeamPlan } from './team-plan.tsx'
import { TeamSummary } from './team-summary.tsx'
import { paths } from '../../../ui/paths.ts'
import '../../../ui/team-base.css'
import '../workshop.css'
import './team.css'
import { BrandingLine } from '../../../ui/branding-line.tsx'
import { Button } from '../../../ui/button.tsx'

const NOBODY: readonly WorkshopParticipant[] = []

/** What export buttons composed by the app (the team PDF) need to know about this report. */
export interface TeamReportContext {
  workshop: Workshop
  questionnaire: Questionnaire
  showNames: boolean
}
type Actions = ReactNode | ((context: TeamReportContext) => ReactNode)

/** The report's sections, rendered again only when the figures or the names shown change. */
const Sections = memo(function Sections({ model, showNames }: { model: TeamModel; showNames: boolean }) {
  return (
    <>
      <TeamSummary model={model} />
      <TeamDimensions model={model} />
      <TeamMap model={model} showNames={showNames} />
      <DiscussionTopics model={model} />
      <RoleComparison model={model} />
      <ConsensusSection model={model} />
      <TeamPlan model={model} showNames={showNames} />
      <TeamNotes model={model} showNames={showNames} />
      <QuestionSpreadTable model={model} />
      <IndividualProfiles model={model} showNames={showNames} />
    </>
  )
})

function Report({
  workshop,
  questionnaire,
  actions,
}: {
  workshop: Workshop
  questionnaire: Questionnaire
  actions: Actions
}) {
  const t = useT(teamMessages)
  const locale = useLocale()
  const format = useFormat()
  const id = useId()
  const [showNames, setShowNames] = useState(false)
  // The first render shows the page at once; the aggregation of many answers follows in the
  // background, so typing and scrolling stay responsive while a large team report renders.
  const participants = useDeferredValue(workshop.participants, NOBODY)
  const computing = participants !== workshop.participants
  const { id: workshopId, consensus } = workshop
  // Only what the figures read: a decision typed in a topic changes the workshop, not the model,
  // so the sections below are not computed or rendered again for every keystroke.
  const model = useMemo(
    () =>
      participants.length > 0
        ? buildTeamModel(questionnaire, { id: workshopId, consensus }, participants, locale)
        : null,
    [questionnaire, participants, workshopId, consensus, locale],
  )
  const exportCsv = () => {
    // The report on screen may still be catching up with the latest answers: the CSV takes them all.
    const csv = answersToCsv(questionnaire, toParticipants(workshop.participants), { locale, showNames, workshop })
    download(workshopFileName(workshop, 'csv'), csv, 'text/csv;charset=utf-8')
  }
  return (
    <article className="wide-page team-report" aria-labelledby="workshop-team-title">
      <nav className="crumbs no-print" aria-label={t.back}>
        <Link to={paths.workshop(workshop.id)}>{t.back}</Link>
      </nav>
      <BrandingLine />
      <header className="page-header">
        <p className="eyebrow">{t.title}</p>
        <h1 id="workshop-team-title">{workshop.title}</h1>
        <p className="muted">
          {[workshop.organisation, format.date(workshop.date), t.participants(workshop.participants.length)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <div className="button-row no-print">
          <Button variant="primary" disabled={workshop.participants.length === 0} onClick={exportCsv}>
            {t.csv}
          </Button>
          {typeof actions === 'function' ? actions({ workshop, questionnaire, showNames }) : actions}
          <span className="check-label">
            <input
              id={`${id}-names`}
              type="checkbox"
              checked={showNames}
              onChange={(e) => setShowNames(e.target.checked)}
            />
            <label htmlFor={`${id}-names`}>{t.showNames}</label>
          </span>
        </div>
      </header>
      {workshop.participants.length === 0 ? (
        <p>{t.empty}</p>
      ) : computing || !model ? (
        <p role="status">{t.computing}</p>
      ) : (
        <Sections model={model} showNames={showNames} />
      )}
    </article>
  )
}

/**
 * #/workshops/:workshopId/report — the team's view: spread, discussion topics, roles, consensus,
 * findings and steps. `actions` takes further export buttons (the team PDF).
 */
export function TeamReportPage({ actions }: { actions?: Actions }) {
  return (
    <Loading>
      <ReadyWorkshop>
        {(workshop, questionnaire) => <Report workshop={workshop} questionnaire={questionnaire} actions={actions} />}
      </ReadyWorkshop>
    </Loading>
  )
}
