import { useParams } from 'react-router'
import type { Questionnaire, Workshop } from '../../domain/index.ts'
import { useWorkshop } from '../../store/workshop-store.ts'
import { useActiveQuestionnaire } from '../../store/use-active-questionnaire.ts'

export type WorkshopContext =
  | { state: 'missing' }
  | { state: 'otherQuestionnaire'; workshop: Workshop; active: Questionnaire }
  | { state: 'ready'; workshop: Workshop; questionnaire: Questionnaire }

/** The workshop of the route (`:workshopId`) and whether the loaded questionnaire is its own. Suspends. */
export function useWorkshopContext(): WorkshopContext {
  const { workshopId } = useParams()
  const workshop = useWorkshop(workshopId)
  const active = useActiveQuestionnaire()
  if (!workshop) return { state: 'missing' }
  const { id, version } = workshop.questionnaire
  if (id !== active.id || version !== active.version) return { state: 'otherQuestionnaire', workshop, active }
  return { state: 'ready', workshop, questionnaire: active }
}
