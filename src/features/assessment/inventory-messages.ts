import { defineMessages } from '../../i18n/define-messages.ts'

// Apart from messages.ts: the inventory is loaded with the tools page only.
export const inventoryMessages = defineMessages(
  {
    heading: 'Welche Werkzeuge haben Sie eingeführt?',
    answered: (answered: number, total: number) => `${answered} von ${total} Werkzeugarten beantwortet`,
    choices: {
      notIntroduced: 'Nicht eingeführt',
      fewUse: 'Eingeführt, von wenigen genutzt',
      mostUse: 'Von den meisten genutzt',
      notNeeded: 'Für uns nicht nötig',
      dontKnow: 'Weiß ich nicht',
    },
    usedHint: '„Von wenigen“ oder „von den meisten“: gemeint sind die Menschen, für die es angeschafft wurde.',
  },
  {
    heading: 'Which tools have you introduced?',
    answered: (answered: number, total: number) => `${answered} of ${total} kinds of tool answered`,
    choices: {
      notIntroduced: 'Not introduced',
      fewUse: 'Introduced, used by few',
      mostUse: 'Used by most',
      notNeeded: 'Not needed for us',
      dontKnow: 'Don’t know',
    },
    usedHint: '“By few” or “by most”: of the people it was bought for.',
  },
)
