import { Link } from 'react-router'
import type { Questionnaire, Workshop } from '../../domain/index.ts'
import { useT } from '../../i18n/use-t.ts'
import { workshopMessages } from './messages.ts'
import { paths } from '../../ui/paths.ts'

/** What a workshop page shows when its workshop is not here or needs another questionnaire. */
export function WorkshopMissing() {
  const t = useT(workshopMessages)
  return (
    <article className="ws ws-page" aria-labelledby="ws-missing">
      <h1 id="ws-missing">{t.page.notFound}</h1>
      <p>
        <Link to={paths.workshops()}>{t.page.back}</Link>
      </p>
    </article>
  )
}

export function OtherQuestionnaireNotice({ workshop, active }: { workshop: Workshop; active: Questionnaire }) {
  const t = useT(workshopMessages)
  return (
    <p className="ws-notice" role="note">
      {t.page.otherQuestionnaire(workshop.questionnaire.id, workshop.questionnaire.version, active.id, active.version)}
    </p>
  )
}
