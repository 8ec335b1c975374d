import { defineMessages } from './define-messages.ts'

// The words for stored data that could not be read or written: only loaded when that happens.
export const storageMessages = defineMessages(
  {
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
    setAside: {
      title: 'Gespeicherte Daten konnten nicht gelesen werden',
      body: 'Sie wurden beiseitegelegt, nicht gelöscht. Laden Sie sie herunter, um sie zu prüfen.',
      download: 'Beiseitegelegte Daten herunterladen',
      dismiss: 'Ausblenden',
    },
  },
  {
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
    setAside: {
      title: 'Stored data could not be read',
      body: 'It was set aside, not deleted. Download it to check it.',
      download: 'Download the set-aside data',
      dismiss: 'Dismiss',
    },
  },
)
