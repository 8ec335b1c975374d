import { defineMessages } from '../../i18n/define-messages.ts'

// Apart from messages.ts: the switch sits in every page's header, the questionnaire page is loaded on demand.
export const languageMessages = defineMessages({ language: 'Sprache' }, { language: 'Language' })
