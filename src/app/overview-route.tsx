import { OverviewPage } from '../features/assessment/overview-page.tsx'
import { SendAnswersPanel } from '../features/workshop/send-answers-panel.tsx'

/** The overview, with the panel a workshop participant uses to hand back their answers. */
export function OverviewRoute() {
  return <OverviewPage aside={<SendAnswersPanel />} />
}
