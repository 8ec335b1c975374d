import { appMessages } from '../../i18n/app-messages.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

// Importing a response file: loaded with that control.
export const importMessages = defineMessages(
  {
    import: {
      problems: (file: string) =>
        `„${file}“ konnte nicht importiert werden. Ihre bisherigen Antworten sind unverändert.`,
      more: (count: number) => `… und ${count} weitere Probleme.`,
      done: (count: number) => `Importiert: ${count} Antworten.`,
      carried: (from: string, to: string, dropped: string) =>
        `Die Datei beantwortet Version ${from}; ihre Antworten wurden auf Version ${to} übernommen.${dropped ? ` Nicht übernommen (die Frage gibt es nicht mehr oder sie hat sich geändert): ${dropped}.` : ''}`,
      confirmTitle: 'Antworten ersetzen?',
      confirmBody: (current: number, incoming: number) =>
        `In diesem Browser sind ${current} Antworten gespeichert. Die Datei enthält ${incoming} Antworten und ersetzt sie vollständig.`,
      confirmAdvice: 'Laden Sie Ihre jetzigen Antworten vorher herunter, wenn Sie sie behalten möchten.',
      download: 'Jetzige Antworten herunterladen',
      replace: 'Ersetzen',
      cancel: appMessages.de.cancel,
    },
  },
  {
    import: {
      problems: (file: string) => `“${file}” could not be imported. Your current answers are unchanged.`,
      more: (count: number) => `… and ${count} more problems.`,
      done: (count: number) => `Imported: ${count} answers.`,
      carried: (from: string, to: string, dropped: string) =>
        `The file answers version ${from}; its answers were carried over to version ${to}.${dropped ? ` Not carried over (the question is gone or has changed): ${dropped}.` : ''}`,
      confirmTitle: 'Replace your answers?',
      confirmBody: (current: number, incoming: number) =>
        `This browser holds ${current} answers. The file has ${incoming} answers and replaces them completely.`,
      confirmAdvice: 'Download your current answers first if you want to keep them.',
      download: 'Download current answers',
      replace: 'Replace',
      cancel: appMessages.en.cancel,
    },
  },
)
