import { use } from 'react'
import { useParams } from 'react-router'
import type { Questionnaire, Workshop } from '../../domain/index.ts'
import { loadQuestionnaireVersion } from '../../store/questionnaire-versions.ts'
import { useWorkshop } from '../../store/workshop-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'

export type WorkshopContext =
  | { state: 'missing' }
  | { state: 'otherQuestionnaire'; workshop: Workshop; active: Questionnaire }
  | { state: 'ready'; workshop: Workshop; questionnaire: Questionnaire }

const NO_WORKSHOP: Promise<Questionnaire | null> = Promise.resolve(null)

/**
 * The workshop of the route (`:workshopId`) with its own questionnaire version, from the
 * workspace's library (or the embedded versions); `otherQuestionnaire` only when this browser
 * does not have that version. Suspends.
 */
export function useWorkshopContext(): WorkshopContext {
  const { workshopId } = useParams()
  const workshop = useWorkshop(workshopId)
  const active = useActiveQuestionnaire()
  const own = use(
    workshop ? loadQuestionnaireVersion(workshop.questionnaire.id, workshop.questionnaire.version) : NO_WORKSHOP,
  )
  if (!workshop) return { state: 'missing' }
  if (!own) return { state: 'otherQuestionnaire', workshop, active }
  return { state: 'ready', workshop, questionnaire: own }
}
