import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Questionnaire, Workshop } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { workshopMessages } from './messages.ts'
import { useWorkshopContext } from './use-workshop.ts'
import { paths } from '../../ui/paths.ts'

/** What a workshop page shows when its workshop is not here or needs another questionnaire. */
export function WorkshopMissing() {
  const t = useT(workshopMessages)
  return (
    <article className="wide-page" aria-labelledby="workshop-missing">
      <h1 id="workshop-missing">{t.page.notFound}</h1>
      <p>
        <Link to={paths.workshops()}>{t.page.back}</Link>
      </p>
    </article>
  )
}

export function OtherQuestionnaireNotice({ workshop, active }: { workshop: Workshop; active: Questionnaire }) {
  const t = useT(workshopMessages)
  return (
    <p className="notice" role="note">
      {t.page.otherQuestionnaire(workshop.questionnaire.id, workshop.questionnaire.version, active.id, active.version)}
    </p>
  )
}

/**
 * The route's workshop with its own questionnaire, for a page that cannot show anything without
 * both (live mode, team report); otherwise the page says why. Suspends.
 */
export function ReadyWorkshop({
  children,
}: {
  children: (workshop: Workshop, questionnaire: Questionnaire) => ReactNode
}) {
  const context = useWorkshopContext()
  if (context.state === 'missing') return <WorkshopMissing />
  if (context.state === 'otherQuestionnaire')
    return (
      <article className="wide-page" aria-label={context.workshop.title}>
        <h1>{context.workshop.title}</h1>
        <OtherQuestionnaireNotice workshop={context.workshop} active={context.active} />
      </article>
    )
  return children(context.workshop, context.questionnaire)
}
