import { LABELS } from '../../domain/index.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

// Apart from messages.ts: the inventory is loaded with the tools page only.
export const inventoryMessages = defineMessages(
  {
    heading: 'Welche Werkzeuge haben Sie eingeführt?',
    answered: (answered: number, total: number) => `${answered} von ${total} Werkzeugarten beantwortet`,
    choices: LABELS.de.adoption,
    usedHint: '„Von wenigen“ oder „von den meisten“: gemeint sind die Menschen, für die es angeschafft wurde.',
  },
  {
    heading: 'Which tools have you introduced?',
    answered: (answered: number, total: number) => `${answered} of ${total} kinds of tool answered`,
    choices: LABELS.en.adoption,
    usedHint: '“By few” or “by most”: of the people it was bought for.',
  },
)
