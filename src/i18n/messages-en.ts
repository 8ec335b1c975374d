import type { Messages } from './messages-de.ts'

export const en: Messages = {
  appName: 'Groundwork',
  tagline: 'Where your company stands in the digital age',
  language: 'Language',
}
