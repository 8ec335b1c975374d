import { appMessages } from '../../i18n/app-messages.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

export const xlsxMessages = defineMessages(
  {
    download: 'Als Excel herunterladen',
    downloadThis: (version: string) => `Version ${version} als Excel herunterladen`,
    preparing: 'Excel-Datei wird erstellt …',
    failed: 'Die Excel-Datei konnte nicht erstellt werden.',
    load: 'Aus Excel laden',
    loadHint:
      'Eine .xlsx-Datei im Aufbau der heruntergeladenen Excel-Datei. Sie wird vollständig geprüft; bei Problemen bleibt alles unverändert.',
    compare: (version: string) => `Was sich gegenüber Version ${version} geändert hat`,
    reviewTitle: (title: string, version: string) => `„${title}“, Version ${version} übernehmen?`,
    reviewIntro: (version: string) =>
      `Von diesem Fragebogen ist Version ${version} schon in diesem Browser. Bitte prüfen Sie, was sich ändert.`,
    replaces: (version: string) =>
      `Achtung: Version ${version} wird durch diese Datei ersetzt. Einschätzungen auf dieser Version öffnen danach mit dem neuen Inhalt.`,
    save: (version: string) => `Version ${version} übernehmen`,
    cancel: appMessages.de.cancel,
  },
  {
    download: 'Download as Excel',
    downloadThis: (version: string) => `Download version ${version} as Excel`,
    preparing: 'Preparing the Excel file …',
    failed: 'The Excel file could not be made.',
    load: 'Load from Excel',
    loadHint:
      'An .xlsx file laid out like the downloaded Excel file. It is checked in full; with any problem, nothing changes.',
    compare: (version: string) => `What changed since version ${version}`,
    reviewTitle: (title: string, version: string) => `Keep “${title}”, version ${version}?`,
    reviewIntro: (version: string) =>
      `Version ${version} of this questionnaire is already in this browser. Please check what changes.`,
    replaces: (version: string) =>
      `Note: this file replaces version ${version}. Assessments on that version will open with the new content.`,
    save: (version: string) => `Keep version ${version}`,
    cancel: appMessages.en.cancel,
  },
)
