import { appMessages } from '../../i18n/app-messages.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

export const settingsMessages = defineMessages(
  {
    questionnaire: {
      title: 'Fragebogen',
      intro:
        'Groundwork bringt einen Fragebogen mit. Beraterinnen und Berater können einen eigenen im selben Format laden; er wird vor der Verwendung vollständig geprüft.',
      current: 'Fragebogen für neue Einschätzungen',
      builtIn: 'eingebaut',
      loaded: 'geladen',
      version: (version: string) => `Version ${version}`,
      counts: (dimensions: number, questions: number) => `${dimensions} Bereiche, ${questions} Fragen`,
      load: 'Fragebogen-Datei laden',
      loadHint: 'Eine JSON-Datei im Groundwork-Fragebogenformat.',
      useDefault: 'Eingebauten Fragebogen verwenden',
      problems: (file: string) => `„${file}“ ist kein gültiger Fragebogen. Der bisherige bleibt aktiv.`,
      more: (count: number) => `… und ${count} weitere Probleme.`,
      switched: (title: string) => `Jetzt aktiv: ${title}.`,
      unchanged: 'Dieser Fragebogen ist bereits aktiv.',
      back: 'Zur Startseite',
      library: 'In diesem Browser aufbewahrte Fragebögen',
      libraryIntro:
        'Jede Version, die Sie geladen haben, bleibt hier: Eine Einschätzung oder ein Workshop öffnet immer mit der Version, auf der geantwortet wurde – auch wenn Sie inzwischen eine andere verwenden.',
      useThis: (title: string, version: string) => `${title}, Version ${version}: Für neue Einschätzungen verwenden`,
      useThisShort: 'Für neue Einschätzungen verwenden',
      inUse: 'in Verwendung',
      edit: 'Als Kopie bearbeiten',
      editThis: (title: string, version: string) => `${title}, Version ${version}: Als Kopie bearbeiten`,
    },
    switchDialog: {
      title: 'Fragebogen wechseln?',
      body: (count: number, title: string) =>
        `Ihre ${count} Antworten gehören zum Fragebogen „${title}“. Mit einem anderen Fragebogen beginnt eine neue Einschätzung. Die bisherige bleibt in diesem Browser erhalten: Sie finden sie unter „Mandanten“.`,
      advice: 'Wer sie auf ein anderes Gerät mitnehmen will, lädt sie vorher herunter.',
      download: 'Antworten herunterladen',
      confirm: 'Wechseln und neu beginnen',
      cancel: appMessages.de.cancel,
    },
  },
  {
    questionnaire: {
      title: 'Questionnaire',
      intro:
        'Groundwork comes with a questionnaire. Consultants can load their own in the same format; it is checked in full before it is used.',
      current: 'Questionnaire for new assessments',
      builtIn: 'built in',
      loaded: 'loaded',
      version: (version: string) => `Version ${version}`,
      counts: (dimensions: number, questions: number) => `${dimensions} areas, ${questions} questions`,
      load: 'Load a questionnaire file',
      loadHint: 'A JSON file in the Groundwork questionnaire format.',
      useDefault: 'Use the built-in questionnaire',
      problems: (file: string) => `“${file}” is not a valid questionnaire. The current one stays in use.`,
      more: (count: number) => `… and ${count} more problems.`,
      switched: (title: string) => `Now in use: ${title}.`,
      unchanged: 'This questionnaire is already in use.',
      back: 'Back to the start page',
      library: 'Questionnaires kept in this browser',
      libraryIntro:
        'Every version you loaded stays here: an assessment or a workshop always opens with the version it was answered on – even when you have moved on to another.',
      useThis: (title: string, version: string) => `${title}, version ${version}: Use for new assessments`,
      useThisShort: 'Use for new assessments',
      inUse: 'in use',
      edit: 'Edit as a copy',
      editThis: (title: string, version: string) => `${title}, version ${version}: Edit as a copy`,
    },
    switchDialog: {
      title: 'Change the questionnaire?',
      body: (count: number, title: string) =>
        `Your ${count} answers belong to the questionnaire “${title}”. A different questionnaire starts a new assessment. The current one stays in this browser: you find it under “Clients”.`,
      advice: 'To take it to another device, download it first.',
      download: 'Download answers',
      confirm: 'Change and start anew',
      cancel: appMessages.en.cancel,
    },
  },
)
