import { countedNoun } from '../../domain/index.ts'
import { appMessages } from '../../i18n/app-messages.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

// Starting over: loaded with that control.
export const startOverMessages = defineMessages(
  {
    startOver: {
      title: 'Wirklich neu beginnen?',
      body: (count: number) =>
        `Ihre ${countedNoun(count, 'Antwort wird', 'Antworten werden')} aus diesem Browser gelöscht.`,
      advice: 'Laden Sie sie vorher herunter, wenn Sie sie behalten oder später vergleichen möchten.',
      download: 'Antworten herunterladen',
      confirm: 'Löschen und neu beginnen',
      cancel: appMessages.de.cancel,
    },
  },
  {
    startOver: {
      title: 'Really start over?',
      body: (count: number) => `Your ${countedNoun(count, 'answer', 'answers')} will be deleted from this browser.`,
      advice: 'Download them first if you want to keep them or compare later.',
      download: 'Download answers',
      confirm: 'Delete and start over',
      cancel: appMessages.en.cancel,
    },
  },
)
