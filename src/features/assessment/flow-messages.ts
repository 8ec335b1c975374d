import { countedNoun, LABELS } from '../../domain/index.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

// The words of the company step, the question steps and the overview: loaded with those pages, not the start page.
export const flowMessages = defineMessages(
  {
    step: {
      area: (index: number, total: number) => `Bereich ${index} von ${total}`,
      question: (index: number, total: number) => `Frage ${index} von ${total}`,
      why: 'Warum das wichtig ist',
      note: 'Notiz',
      noteHint: 'Optional – nur für Sie und Ihren Bericht.',
      special: LABELS.de.choices,
      previous: (title: string) => `Zurück: ${title}`,
      next: (title: string) => `Weiter: ${title}`,
      toOverview: 'Weiter zur Übersicht',
      stepNav: 'Zwischen den Bereichen wechseln',
      unknownDimension: 'Diesen Bereich gibt es in diesem Fragebogen nicht.',
    },
    overview: {
      documentTitle: 'Übersicht',
      title: 'Übersicht',
      intro:
        'Hier sehen Sie jeden Bereich mit den noch offenen Fragen. Überspringen ist erlaubt – der Bericht zeigt dann, wie vollständig er ist.',
      nextOpen: 'Zur nächsten offenen Frage',
      allDone: 'Alle Fragen sind beantwortet.',
      complete: 'Vollständig',
      open: (count: number) => countedNoun(count, 'offene Frage', 'offene Fragen'),
      edit: (title: string) => `${title} bearbeiten`,
      openQuestions: (title: string) => `Offene Fragen: ${title}`,
      inventory: (answered: number, total: number) =>
        answered === total
          ? 'Werkzeug-Inventar: vollständig'
          : `Werkzeug-Inventar: ${answered} von ${total} Werkzeugarten beantwortet`,
      finishTitle: 'Fertig?',
      finishPartial: 'Sie können den Bericht jetzt schon ansehen; er sagt, welche Antworten noch fehlen.',
      finishComplete: 'Ihre Einschätzung ist vollständig. Der Bericht zeigt, wo Sie stehen und was als Nächstes zählt.',
      report: 'Zum Bericht',
      company: 'Angaben zum Unternehmen',
    },
  },
  {
    step: {
      area: (index: number, total: number) => `Area ${index} of ${total}`,
      question: (index: number, total: number) => `Question ${index} of ${total}`,
      why: 'Why this matters',
      note: 'Note',
      noteHint: 'Optional – for you and your report only.',
      special: LABELS.en.choices,
      previous: (title: string) => `Back: ${title}`,
      next: (title: string) => `Next: ${title}`,
      toOverview: 'Continue to the overview',
      stepNav: 'Move between areas',
      unknownDimension: 'This questionnaire has no such area.',
    },
    overview: {
      documentTitle: 'Overview',
      title: 'Overview',
      intro: 'Every area with the questions still open. Skipping is fine – the report then says how complete it is.',
      nextOpen: 'Go to the next open question',
      allDone: 'All questions are answered.',
      complete: 'Complete',
      open: (count: number) => countedNoun(count, 'open question', 'open questions'),
      edit: (title: string) => `Edit ${title}`,
      openQuestions: (title: string) => `Open questions: ${title}`,
      inventory: (answered: number, total: number) =>
        answered === total
          ? 'Tool inventory: complete'
          : `Tool inventory: ${answered} of ${total} kinds of tool answered`,
      finishTitle: 'Done?',
      finishPartial: 'You can look at the report now; it says which answers are still missing.',
      finishComplete: 'Your assessment is complete. The report shows where you stand and what matters next.',
      report: 'Go to the report',
      company: 'About your company',
    },
  },
)
