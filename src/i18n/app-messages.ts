import { defineMessages } from './define-messages.ts'

export const appMessages = defineMessages(
  {
    appName: 'Groundwork',
    tagline: 'Standortbestimmung im digitalen Zeitalter',
    language: 'Sprache',
    skipToContent: 'Zum Inhalt springen',
    home: 'Groundwork – zur Startseite',
    nav: {
      label: 'Hauptnavigation',
      overview: 'Übersicht',
      report: 'Bericht',
      workshops: 'Workshops',
    },
    saved: (time: string) => `Gespeichert ${time}`,
    saving: 'Speichert …',
    notSaved: 'Nicht gespeichert',
    writeFailed: {
      title: 'Ihre letzten Änderungen sind noch nicht gespeichert.',
      quota:
        'Der Speicher dieses Browsers ist voll. Die Änderungen bleiben in diesem Fenster erhalten, solange Sie es offen lassen; Groundwork versucht es alle paar Sekunden erneut. Laden Sie jetzt eine Sicherung herunter, oder schaffen Sie Platz (z. B. alte Workshops exportieren und löschen).',
      unavailable:
        'Der Browser verweigert den Zugriff auf seinen Speicher (privates Fenster, eine andere Groundwork-Version in einem zweiten Tab oder Speicher gesperrt). Die Änderungen bleiben in diesem Fenster erhalten, solange Sie es offen lassen. Laden Sie jetzt eine Sicherung herunter.',
      other:
        'Der Browser hat das Speichern abgelehnt. Die Änderungen bleiben in diesem Fenster erhalten, solange Sie es offen lassen; Groundwork versucht es erneut. Laden Sie jetzt eine Sicherung herunter.',
      download: 'Sicherung jetzt herunterladen',
      retry: 'Erneut speichern',
    },
    savedLabel: 'Speicherstand',
    footer: {
      privacy:
        'Ihre Antworten bleiben in diesem Browser. Nichts wird übertragen, solange Sie es nicht selbst exportieren.',
      questionnaire: 'Fragebogen wechseln',
      branding: 'Ihr Branding als Beraterin oder Berater',
      source: 'Groundwork ist freie Software.',
    },
    loading: 'Wird geladen …',
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
    setAside: {
      title: 'Gespeicherte Daten konnten nicht gelesen werden',
      body: 'Sie wurden beiseitegelegt, nicht gelöscht. Laden Sie sie herunter, um sie zu prüfen.',
      download: 'Beiseitegelegte Daten herunterladen',
      dismiss: 'Ausblenden',
    },
  },
  {
    appName: 'Groundwork',
    tagline: 'Where your company stands in the digital age',
    language: 'Language',
    skipToContent: 'Skip to content',
    home: 'Groundwork – home',
    nav: {
      label: 'Main navigation',
      overview: 'Overview',
      report: 'Report',
      workshops: 'Workshops',
    },
    saved: (time: string) => `Saved ${time}`,
    saving: 'Saving …',
    notSaved: 'Not saved',
    writeFailed: {
      title: 'Your latest changes are not saved yet.',
      quota:
        "This browser's storage is full. The changes stay in this window as long as you keep it open; Groundwork tries again every few seconds. Download a backup now, or free some space (for instance export and delete old workshops).",
      unavailable:
        'The browser refuses access to its storage (a private window, another Groundwork version open in a second tab, or storage blocked). The changes stay in this window as long as you keep it open. Download a backup now.',
      other:
        'The browser refused to save. The changes stay in this window as long as you keep it open; Groundwork tries again. Download a backup now.',
      download: 'Download a backup now',
      retry: 'Save again',
    },
    savedLabel: 'Save status',
    footer: {
      privacy: 'Your answers stay in this browser. Nothing is sent anywhere unless you export it yourself.',
      questionnaire: 'Change questionnaire',
      branding: 'Your branding as a consultant',
      source: 'Groundwork is free software.',
    },
    loading: 'Loading …',
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
    setAside: {
      title: 'Stored data could not be read',
      body: 'It was set aside, not deleted. Download it to check it.',
      download: 'Download the set-aside data',
      dismiss: 'Dismiss',
    },
  },
)
