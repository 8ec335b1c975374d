import { defineMessages } from './define-messages.ts'

export const appMessages = defineMessages(
  {
    appName: 'Groundwork',
    tagline: 'Standortbestimmung im digitalen Zeitalter',
    language: 'Sprache',
  },
  {
    appName: 'Groundwork',
    tagline: 'Where your company stands in the digital age',
    language: 'Language',
  },
)
