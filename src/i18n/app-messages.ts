import { defineMessages } from './define-messages.ts'

export const appMessages = defineMessages(
  {
    appName: 'Groundwork',
    skipToContent: 'Zum Inhalt springen',
    home: 'Groundwork – zur Startseite',
    nav: {
      label: 'Hauptnavigation',
      overview: 'Übersicht',
      report: 'Bericht',
      clients: 'Mandanten',
      workshops: 'Workshops',
    },
    saved: (time: string) => `Gespeichert ${time}`,
    saving: 'Speichert …',
    notSaved: 'Nicht gespeichert',
    savedLabel: 'Speicherstand',
    footer: {
      privacy:
        'Ihre Antworten bleiben in diesem Browser. Nichts wird übertragen, solange Sie es nicht selbst exportieren.',
      questionnaire: 'Fragebogen wechseln',
      branding: 'Ihr Branding als Beraterin oder Berater',
    },
    loading: 'Wird geladen …',
    /** Every dialog's way out without a change. */
    cancel: 'Abbrechen',
    notFound: {
      title: 'Diese Seite gibt es nicht',
      body: 'Der Link ist vielleicht veraltet. Ihre Antworten sind davon nicht betroffen.',
      home: 'Zur Startseite',
    },
    error: {
      title: 'Etwas ist schiefgegangen',
      body: 'Ihre bisherigen Antworten sind in diesem Browser gespeichert. Laden Sie die Seite neu.',
      reload: 'Seite neu laden',
    },
  },
  {
    appName: 'Groundwork',
    skipToContent: 'Skip to content',
    home: 'Groundwork – home',
    nav: {
      label: 'Main navigation',
      overview: 'Overview',
      report: 'Report',
      clients: 'Clients',
      workshops: 'Workshops',
    },
    saved: (time: string) => `Saved ${time}`,
    saving: 'Saving …',
    notSaved: 'Not saved',
    savedLabel: 'Save status',
    footer: {
      privacy: 'Your answers stay in this browser. Nothing is sent anywhere unless you export it yourself.',
      questionnaire: 'Change questionnaire',
      branding: 'Your branding as a consultant',
    },
    loading: 'Loading …',
    cancel: 'Cancel',
    notFound: {
      title: 'This page does not exist',
      body: 'The link may be out of date. Your answers are not affected.',
      home: 'Go to the start page',
    },
    error: {
      title: 'Something went wrong',
      body: 'Your answers so far are stored in this browser. Please reload the page.',
      reload: 'Reload the page',
    },
  },
)
