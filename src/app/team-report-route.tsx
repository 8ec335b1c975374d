import { TeamPdfButton } from '../features/pdf/download-pdf-button.tsx'
import { TeamReportPage } from '../features/workshop/team-report/team-report-page.tsx'

/** The team report with the team PDF beside the CSV export: the two features meet here. */
export function TeamReportRoute() {
  return (
    <TeamReportPage
      actions={({ workshop, questionnaire, showNames }) => (
        <TeamPdfButton
          questionnaire={questionnaire}
          workshop={workshop}
          participants={workshop.participants}
          showNames={showNames}
        />
      )}
    />
  )
}
