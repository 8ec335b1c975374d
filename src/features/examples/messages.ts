import { defineMessages } from '../../i18n/define-messages.ts'

// The start page's link and the example report's banner; the companies are invented.
export const exampleMessages = defineMessages(
  {
    links: {
      heading: 'Beispielbericht ansehen',
      lead: 'Wie ein Bericht aussieht, bevor Sie selbst antworten – drei erfundene Unternehmen:',
    },
    examples: {
      'tool-first': {
        short: 'Viele Werkzeuge, wenig Fundament',
        industry: 'Sanitär- und Heizungstechnik',
        role: 'Geschäftsführer',
      },
      'grounded-small': {
        short: 'Kleiner Betrieb mit festem Fundament',
        industry: 'Bäckerhandwerk',
        role: 'Inhaberin',
      },
      advanced: {
        short: 'Weit fortgeschritten',
        industry: 'Maschinenbau',
        role: 'Geschäftsführerin',
      },
    },
    linkName: (company: string, short: string) => `${company}: ${short}`,
    banner: {
      title: 'Beispielbericht',
      body: (company: string) =>
        `Die Antworten von ${company} sind erfunden. Was Sie hier ändern, wird nicht gespeichert; Ihre eigenen Antworten bleiben unberührt.`,
      others: 'Andere Beispiele:',
      begin: 'Eigene Einschätzung beginnen',
    },
    documentTitle: (company: string) => `Beispielbericht ${company}`,
    unknown: {
      title: 'Dieses Beispiel gibt es nicht',
      body: 'Wählen Sie eines der Beispiele auf der Startseite.',
      home: 'Zur Startseite',
    },
    broken: 'Das Beispiel konnte nicht gelesen werden:',
  },
  {
    links: {
      heading: 'See an example report',
      lead: 'What a report looks like before you answer yourself – three invented companies:',
    },
    examples: {
      'tool-first': {
        short: 'Many tools, little foundation',
        industry: 'Plumbing and heating',
        role: 'Managing director',
      },
      'grounded-small': {
        short: 'Small firm on a firm foundation',
        industry: 'Bakery',
        role: 'Owner',
      },
      advanced: {
        short: 'Well advanced',
        industry: 'Mechanical engineering',
        role: 'Managing director',
      },
    },
    linkName: (company: string, short: string) => `${company}: ${short}`,
    banner: {
      title: 'Example report',
      body: (company: string) =>
        `The answers of ${company} are invented. Nothing you change here is saved; your own answers stay as they are.`,
      others: 'Other examples:',
      begin: 'Begin your own assessment',
    },
    documentTitle: (company: string) => `Example report ${company}`,
    unknown: {
      title: 'There is no such example',
      body: 'Choose one of the examples on the start page.',
      home: 'To the start page',
    },
    broken: 'The example could not be read:',
  },
)
