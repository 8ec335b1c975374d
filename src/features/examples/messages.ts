import { defineMessages } from '../../i18n/define-messages.ts'

// The example report's banner and the companies' details in the reader's language (the companies are invented).
export const exampleMessages = defineMessages(
  {
    examples: {
      'tool-first': {
        industry: 'Sanitär- und Heizungstechnik',
        role: 'Geschäftsführer',
      },
      'grounded-small': {
        industry: 'Bäckerhandwerk',
        role: 'Inhaberin',
      },
      advanced: {
        industry: 'Maschinenbau',
        role: 'Geschäftsführerin',
      },
    },
    banner: {
      title: 'Beispielbericht',
      body: (company: string) =>
        `Die Antworten von ${company} sind erfunden. Was Sie hier ändern, wird nicht gespeichert; Ihre eigenen Antworten bleiben unberührt.`,
      others: 'Andere Beispiele:',
      begin: 'Eigene Einschätzung beginnen',
    },
    documentTitle: (company: string) => `Beispielbericht ${company}`,
  },
  {
    examples: {
      'tool-first': {
        industry: 'Plumbing and heating',
        role: 'Managing director',
      },
      'grounded-small': {
        industry: 'Bakery',
        role: 'Owner',
      },
      advanced: {
        industry: 'Mechanical engineering',
        role: 'Managing director',
      },
    },
    banner: {
      title: 'Example report',
      body: (company: string) =>
        `The answers of ${company} are invented. Nothing you change here is saved; your own answers stay as they are.`,
      others: 'Other examples:',
      begin: 'Begin your own assessment',
    },
    documentTitle: (company: string) => `Example report ${company}`,
  },
)
