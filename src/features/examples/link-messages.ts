import { defineMessages } from '../../i18n/define-messages.ts'

// The start page's words for the examples, apart from the report's: the start page carries only these.
export const exampleLinkMessages = defineMessages(
  {
    heading: 'Beispielbericht ansehen',
    lead: 'Wie ein Bericht aussieht, bevor Sie selbst antworten – drei erfundene Unternehmen:',
    short: {
      'tool-first': 'Viele Werkzeuge, wenig Fundament',
      'grounded-small': 'Kleiner Betrieb mit festem Fundament',
      advanced: 'Weit fortgeschritten',
    },
  },
  {
    heading: 'See an example report',
    lead: 'What a report looks like before you answer yourself – three invented companies:',
    short: {
      'tool-first': 'Many tools, little foundation',
      'grounded-small': 'Small firm on a firm foundation',
      advanced: 'Well advanced',
    },
  },
)
