import { OverviewPage } from '../features/assessment/overview-page.tsx'
import { SendAnswersPanel } from '../features/participant/send-answers-panel.tsx'

/** The overview; a workshop participant finds the send step at the top, someone invited on this device below. */
export function OverviewRoute() {
  return (
    <>
      <SendAnswersPanel at="top" />
      <OverviewPage aside={<SendAnswersPanel at="bottom" />} />
    </>
  )
}
