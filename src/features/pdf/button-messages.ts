import { defineMessages } from '../../i18n/define-messages.ts'

export const pdfButtonMessages = defineMessages(
  {
    download: 'PDF herunterladen',
    downloadTeam: 'Team-PDF herunterladen',
    working: 'PDF wird erstellt …',
    done: (fileName: string) => `${fileName} ist erstellt.`,
    failed: (detail: string) =>
      `Das PDF konnte nicht erstellt werden (${detail}). Ihre Antworten sind unverändert; versuchen Sie es erneut oder entfernen Sie das Logo in den Einstellungen.`,
    offline: 'Das PDF-Modul konnte nicht geladen werden. Prüfen Sie die Verbindung oder laden Sie die Seite neu.',
    nothing: 'Es gibt noch keine Antworten für ein PDF.',
    onPage:
      'Im Hintergrund ließ sich das PDF nicht erstellen. Es entsteht jetzt direkt auf dieser Seite; sie reagiert dabei einen Moment nicht.',
  },
  {
    download: 'Download PDF',
    downloadTeam: 'Download team PDF',
    working: 'Creating the PDF …',
    done: (fileName: string) => `${fileName} has been created.`,
    failed: (detail: string) =>
      `The PDF could not be created (${detail}). Your answers are unchanged; try again, or remove the logo in the settings.`,
    offline: 'The PDF module could not be loaded. Check the connection or reload the page.',
    nothing: 'There are no answers for a PDF yet.',
    onPage:
      'The PDF could not be created in the background. It is being created on this page instead, which will not respond for a moment.',
  },
)
