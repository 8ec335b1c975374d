import { defineMessages } from '../../../i18n/define-messages.ts'

/** The room's outcomes in the team report: decisions and actions per topic, and the participants' notes. */
export const teamOutcomeMessages = defineMessages(
  {
    decisions: {
      legend: (topic: string) => `Ergebnis: ${topic}`,
      decision: 'Was der Raum entschieden hat',
      actions: 'Maßnahmen',
      action: (n: number) => `Maßnahme ${n}`,
      text: 'Was',
      owner: 'Wer',
      due: 'Bis wann',
      add: 'Maßnahme hinzufügen',
      remove: (n: number) => `Maßnahme ${n} entfernen`,
      saved: 'Wird beim Tippen gespeichert.',
    },
    notes: {
      heading: 'Anmerkungen der Teilnehmenden',
      lead: 'Was die Teilnehmenden zu einzelnen Fragen notiert haben. Ohne Namen nur „Person N“, ohne Rolle: In einem kleinen Team verriete die Rolle, wer es geschrieben hat.',
      none: 'Niemand hat eine Anmerkung notiert.',
    },
  },
  {
    decisions: {
      legend: (topic: string) => `Outcome: ${topic}`,
      decision: 'What the room decided',
      actions: 'Actions',
      action: (n: number) => `Action ${n}`,
      text: 'What',
      owner: 'Who',
      due: 'By when',
      add: 'Add an action',
      remove: (n: number) => `Remove action ${n}`,
      saved: 'Saved as you type.',
    },
    notes: {
      heading: "Participants' notes",
      lead: 'What participants noted on single questions. Without names only “Person N”, without the role: in a small team the role would tell who wrote it.',
      none: 'Nobody wrote a note.',
    },
  },
)
