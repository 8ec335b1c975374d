import { defineMessages } from '../../i18n/define-messages.ts'

// Exporting answers: loaded with that control, not with every page.
export const dataMessages = defineMessages(
  {
    data: {
      title: 'Ihre Daten',
      intro: 'Speichern Sie Ihre Antworten als Datei – zur Sicherung oder um auf einem anderen Gerät weiterzumachen.',
      export: 'Antworten herunterladen',
      import: 'Antwortdatei importieren',
      importHint: 'Eine zuvor aus Groundwork heruntergeladene JSON-Datei.',
      startOver: 'Neu beginnen',
    },
  },
  {
    data: {
      title: 'Your data',
      intro: 'Save your answers as a file – as a backup, or to continue on another device.',
      export: 'Download answers',
      import: 'Import a response file',
      importHint: 'A JSON file downloaded from Groundwork before.',
      startOver: 'Start over',
    },
  },
)
