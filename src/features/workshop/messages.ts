import { countedNoun, LABELS } from '../../domain/index.ts'
import { appMessages } from '../../i18n/app-messages.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

export const workshopMessages = defineMessages(
  {
    roles: LABELS.de.roles as Record<string, string>,
    participantLabel: LABELS.de.participant,
    noRole: LABELS.de.noRole,
    list: {
      title: 'Workshops',
      lead: 'Mit einem Workshop bewerten mehrere Personen eines Unternehmens dieselben Fragen – live im Raum oder jede auf dem eigenen Gerät. Der Teambericht zeigt, wo sie übereinstimmen und wo nicht. Alles bleibt in diesem Browser.',
      create: 'Neuen Workshop anlegen',
      empty: 'Noch kein Workshop. Legen Sie einen an oder importieren Sie eine Workshop-Datei.',
      yours: 'Ihre Workshops',
      participants: (n: number) => countedNoun(n, 'Teilnehmende Person', 'Teilnehmende'),
      open: 'Öffnen',
      live: 'Live-Modus',
      report: 'Teambericht',
      delete: 'Löschen',
      confirmDelete: (title: string) =>
        `„${title}“ mit allen Antworten löschen? Sichern Sie den Workshop vorher als Datei, wenn Sie ihn noch brauchen.`,
      confirmYes: 'Ja, löschen',
      cancel: appMessages.de.cancel,
      deleted: (title: string) => `„${title}“ wurde gelöscht.`,
      importHeading: 'Workshop-Datei importieren',
      importLabel: 'Workshop-Datei (JSON) wählen',
      importProblems: (file: string) => `„${file}“ ist keine gültige Workshop-Datei:`,
      imported: (title: string) => `„${title}“ wurde importiert.`,
      sameId: (title: string) =>
        `Diesen Workshop gibt es hier schon („${title}“). Nichts wird überschrieben: Sie können die Datei als Kopie importieren.`,
      importCopy: 'Als Kopie importieren',
    },
    form: {
      legend: 'Angaben zum Workshop',
      title: 'Titel',
      organisation: 'Unternehmen oder Organisation (optional)',
      date: 'Datum',
      facilitator: 'Moderation (optional)',
      questionnaire: (title: string, version: string) => `Fragebogen: ${title}, Version ${version}`,
      roles: 'Rollen der Teilnehmenden',
      rolesHint:
        'Eine Rolle pro Person, z. B. um die Sicht der Geschäftsleitung mit der der Mitarbeitenden zu vergleichen.',
      removeRole: (role: string) => `Rolle „${role}“ entfernen`,
      newRole: 'Weitere Rolle',
      addRole: 'Rolle hinzufügen',
      save: 'Speichern',
      create: 'Workshop anlegen',
      cancel: appMessages.de.cancel,
      required: 'Bitte geben Sie einen Titel an.',
      invalidDate: 'Bitte geben Sie ein Datum an.',
    },
    page: {
      notFound: 'Diesen Workshop gibt es in diesem Browser nicht.',
      back: 'Zu allen Workshops',
      edit: 'Angaben bearbeiten',
      saved: 'Gespeichert.',
      otherQuestionnaire: (id: string, version: string, active: string, activeVersion: string) =>
        `Dieser Workshop nutzt den Fragebogen „${id}“ Version ${version}, geladen ist „${active}“ Version ${activeVersion}. Laden Sie den passenden Fragebogen, um Antworten zu erfassen und den Bericht zu sehen.`,
      facilitatedBy: (name: string) => `Moderation: ${name}`,
    },
    participants: {
      heading: 'Teilnehmende',
      lead: 'Namen sind optional. In allem, was Sie exportieren, stehen statt Namen Nummern, solange Sie es nicht anders wählen.',
      none: 'Noch niemand. Fügen Sie Personen hinzu, erfassen Sie ihre Antworten im Live-Modus oder importieren Sie Antworten.',
      name: 'Name (optional)',
      role: 'Rolle',
      add: 'Person hinzufügen',
      added: 'Hinzugefügt.',
      nameOf: (label: string) => `Name von ${label}`,
      roleOf: (label: string) => `Rolle von ${label}`,
      remove: 'Entfernen',
      removeOf: (label: string) => `${label} entfernen`,
      confirmRemove: (label: string) => `${label} mit allen Antworten entfernen?`,
      confirmYes: 'Ja, entfernen',
      answered: 'Beantwortet',
      source: 'Quelle',
      sources: { live: 'live erfasst', file: 'Datei', link: 'Link' } as Record<string, string>,
      showAll: (n: number) => `Alle ${n} anzeigen`,
    },
    invite: {
      heading: 'Einladen: auf dem eigenen Gerät antworten',
      lead: 'Jede Person öffnet diesen Link (oder scannt den QR-Code), beantwortet den Fragebogen in ihrem Browser und schickt Ihnen ihre Antworten als Datei oder Link zurück. Es gibt keinen Server: Antworten kommen nur zu Ihnen, wenn die Person sie schickt.',
      link: 'Einladungslink',
      copy: 'Link kopieren',
      copied: 'Kopiert.',
      qr: (title: string) => `QR-Code mit dem Einladungslink zu „${title}“`,
      personal:
        'Für vorher eingetragene Personen gibt es unter „Rücklauf“ je einen eigenen Link, der Name und Rolle schon ausfüllt.',
      projector: 'QR-Code für den Beamer',
      projectorTitle: (title: string) => `Einladung zu „${title}“`,
      projectorHint: 'Mit der Kamera des Smartphones scannen und den Fragebogen im eigenen Browser beantworten.',
      close: 'Schließen',
      code: 'Code zum Eintippen',
      codeHint: (address: string) => `Ohne Link und QR-Code: ${address} öffnen und diesen Code eingeben.`,
      noCode:
        'Für einen eigenen Fragebogen gibt es keinen Code zum Eintippen: Er passt nicht hinein. Teilen Sie den Einladungslink oder zeigen Sie den QR-Code.',
    },
    status: {
      heading: 'Rücklauf',
      lead: 'Eingeladen: eingetragen, noch ohne Antworten. Antwortet: Antworten werden gerade live erfasst. Eingegangen: Datei oder Link ist da, oder alle Fragen sind erfasst.',
      counts: 'Stand',
      count: {
        invited: (n: number) => `${n} eingeladen`,
        answering: (n: number) => countedNoun(n, 'antwortet', 'antworten'),
        received: (n: number) => `${n} eingegangen`,
      },
      people: 'Stand je Person',
      states: { invited: 'eingeladen', answering: 'antwortet', received: 'eingegangen' },
      copyFor: (label: string) => `Link für ${label} kopieren`,
      copied: (label: string) => `Einladungslink für ${label} kopiert.`,
    },
    importAnswers: {
      heading: 'Antworten importieren',
      lead: 'Antwortdateien der Teilnehmenden (JSON) oder ihre Antwort-Links. Doppelte werden erkannt, Antworten zu einem anderen Fragebogen abgewiesen; bereits Importiertes bleibt erhalten.',
      drop: 'Dateien hierher ziehen oder',
      choose: 'Dateien auswählen',
      links: 'Antwort-Links einfügen (einer pro Zeile)',
      addLinks: 'Links importieren',
      working: 'Wird geprüft …',
      summary: (added: number, duplicates: number, refused: number) =>
        `${added} hinzugefügt, ${duplicates} doppelt, ${refused} abgewiesen.`,
      added: (source: string, who: string) => `${source}: hinzugefügt als ${who}.`,
      duplicate: (source: string, who: string) =>
        `${source}: schon importiert (${who}) – nicht noch einmal hinzugefügt.`,
      duplicateInBatch: (source: string) =>
        `${source}: dieselben Antworten sind in dieser Auswahl doppelt – einmal hinzugefügt.`,
      refused: (source: string) => `${source}: abgewiesen.`,
      otherQuestionnaire: (id: string, version: string, expected: string, expectedVersion: string) =>
        `Die Antworten gehören zum Fragebogen „${id}“ Version ${version}; dieser Workshop nutzt „${expected}“ Version ${expectedVersion}.`,
      matched: (source: string, who: string) => `${source}: ${who} zugeordnet – schon vorher eingetragen.`,
      updated: (source: string, who: string) => `${source}: Antworten von ${who} aktualisiert.`,
      kept: (source: string, who: string) => `${source}: Änderungen von ${who} nicht übernommen.`,
      skipped: (source: string) => `${source}: nicht hinzugefügt.`,
      older: (source: string, who: string) =>
        `${source}: ältere Fassung der Antworten von ${who} als die schon importierte – abgewiesen.`,
      olderInBatch: (source: string) =>
        `${source}: in dieser Auswahl ist eine neuere Fassung derselben Antworten – diese abgewiesen.`,
      changedWaiting: (source: string, who: string) => `${source}: geänderte Antworten von ${who} – bitte entscheiden.`,
      ambiguousWaiting: (source: string, name: string) =>
        `${source}: mehrere eingetragene Personen heißen „${name}“ – bitte entscheiden.`,
      otherWorkshopWaiting: (source: string) => `${source}: für einen anderen Workshop geschickt – bitte entscheiden.`,
      more: (updated: number, notTaken: number, waiting: number) =>
        `${[
          updated > 0 && `${updated} aktualisiert`,
          notTaken > 0 && `${notTaken} nicht übernommen`,
          waiting > 0 && `${countedNoun(waiting, 'wartet', 'warten')} auf Ihre Entscheidung`,
        ]
          .filter(Boolean)
          .join(', ')}.`,
      removed: 'eine inzwischen entfernte Person',
      ask: {
        changedTitle: (who: string) => `Geänderte Antworten von ${who}`,
        changedLead: (source: string, who: string) =>
          `${source} ist eine neuere Fassung der Antworten von ${who}. Geändert hat sich:`,
        change: (question: string, from: string, to: string) => `${question}: ${from} → ${to}`,
        noteChanged: 'Notiz geändert',
        adoptionChanged: 'Angaben zur eingeführten Software',
        level: LABELS.de.level,
        none: 'keine Angabe',
        choices: LABELS.de.choices as Record<string, string>,
        take: 'Änderungen übernehmen',
        keep: 'Bisherige Antworten behalten',
        whoseTitle: (name: string) => `Wer ist „${name}“?`,
        whoseLead: (source: string, name: string, n: number) =>
          `In ${source} steht der Name „${name}“. ${n} eingetragene Personen heißen so und haben noch keine Antworten.`,
        whose: 'Zu wem gehören die Antworten?',
        candidate: (label: string, role: string, row: number) => `${label} (${role}, Zeile ${row})`,
        asNew: 'Als neue Person hinzufügen',
        assign: 'Zuordnen',
        dontImport: 'Nicht importieren',
        otherTitle: 'Antworten für einen anderen Workshop',
        otherLeadKnown: (source: string, other: string, here: string) =>
          `${source} wurde für den Workshop „${other}“ geschickt, nicht für „${here}“.`,
        otherLeadUnknown: (source: string, here: string) =>
          `${source} wurde für einen anderen Workshop geschickt (in diesem Browser nicht vorhanden), nicht für „${here}“.`,
        addAnyway: (here: string) => `Trotzdem zu „${here}“ hinzufügen`,
        dontAdd: 'Nicht hinzufügen',
      },
      link: (n: number) => `Link ${n}`,
      scanHint: 'Oder die QR-Codes auf den Geräten der Teilnehmenden mit der Kamera dieses Geräts lesen.',
      scan: 'QR-Codes scannen',
      scanner: {
        video: 'Kamerabild zum Scannen der Antwort-QR-Codes',
        starting: 'Kamera wird gestartet …',
        read: (n: number) =>
          n === 0
            ? 'Kamera läuft. Halten Sie einen Antwort-QR-Code vor die Kamera.'
            : `${countedNoun(n, 'Antwort-Code', 'Antwort-Codes')} gelesen. Halten Sie den nächsten vor die Kamera.`,
        notAnswerLink: 'Dieser QR-Code enthält keinen Groundwork-Antwort-Link und wird nicht importiert.',
        done: 'Fertig',
        source: (n: number) => `QR-Code ${n}`,
        unsupported:
          'Dieser Browser erlaubt hier keinen Zugriff auf die Kamera. Fügen Sie stattdessen die Antwort-Links ein oder importieren Sie die Antwortdateien.',
        denied:
          'Der Zugriff auf die Kamera wurde nicht erlaubt. Sie können ihn in den Einstellungen des Browsers erlauben – oder stattdessen die Antwort-Links einfügen bzw. die Antwortdateien importieren.',
        noCamera:
          'Es wurde keine Kamera gefunden. Fügen Sie stattdessen die Antwort-Links ein oder importieren Sie die Antwortdateien.',
        failed:
          'Die Kamera oder die QR-Code-Erkennung ließ sich nicht starten. Fügen Sie stattdessen die Antwort-Links ein oder importieren Sie die Antwortdateien.',
      },
    },
    exportFile: 'Als Datei sichern',
  },
  {
    roles: LABELS.en.roles as Record<string, string>,
    participantLabel: LABELS.en.participant,
    noRole: LABELS.en.noRole,
    list: {
      title: 'Workshops',
      lead: "In a workshop several people from one company answer the same questions – live in the room or each on their own device. The team report shows where they agree and where they don't. Everything stays in this browser.",
      create: 'New workshop',
      empty: 'No workshop yet. Create one or import a workshop file.',
      yours: 'Your workshops',
      participants: (n: number) => countedNoun(n, 'participant', 'participants'),
      open: 'Open',
      live: 'Live mode',
      report: 'Team report',
      delete: 'Delete',
      confirmDelete: (title: string) =>
        `Delete "${title}" with all its answers? Save the workshop as a file first if you still need it.`,
      confirmYes: 'Yes, delete',
      cancel: appMessages.en.cancel,
      deleted: (title: string) => `"${title}" was deleted.`,
      importHeading: 'Import a workshop file',
      importLabel: 'Choose a workshop file (JSON)',
      importProblems: (file: string) => `"${file}" is not a valid workshop file:`,
      imported: (title: string) => `"${title}" was imported.`,
      sameId: (title: string) =>
        `This workshop is already here ("${title}"). Nothing is overwritten: you can import the file as a copy.`,
      importCopy: 'Import as a copy',
    },
    form: {
      legend: 'About the workshop',
      title: 'Title',
      organisation: 'Company or organisation (optional)',
      date: 'Date',
      facilitator: 'Facilitator (optional)',
      questionnaire: (title: string, version: string) => `Questionnaire: ${title}, version ${version}`,
      roles: "Participants' roles",
      rolesHint: "One role per person, e.g. to compare management's view with the staff's.",
      removeRole: (role: string) => `Remove role "${role}"`,
      newRole: 'Another role',
      addRole: 'Add role',
      save: 'Save',
      create: 'Create workshop',
      cancel: appMessages.en.cancel,
      required: 'Please enter a title.',
      invalidDate: 'Please enter a date.',
    },
    page: {
      notFound: 'There is no such workshop in this browser.',
      back: 'All workshops',
      edit: 'Edit details',
      saved: 'Saved.',
      otherQuestionnaire: (id: string, version: string, active: string, activeVersion: string) =>
        `This workshop uses questionnaire "${id}" version ${version}; "${active}" version ${activeVersion} is loaded. Load the matching questionnaire to enter answers and see the report.`,
      facilitatedBy: (name: string) => `Facilitator: ${name}`,
    },
    participants: {
      heading: 'Participants',
      lead: 'Names are optional. Everything you export shows numbers instead of names unless you choose otherwise.',
      none: 'Nobody yet. Add people, enter their answers in live mode, or import answers.',
      name: 'Name (optional)',
      role: 'Role',
      add: 'Add person',
      added: 'Added.',
      nameOf: (label: string) => `Name of ${label}`,
      roleOf: (label: string) => `Role of ${label}`,
      remove: 'Remove',
      removeOf: (label: string) => `Remove ${label}`,
      confirmRemove: (label: string) => `Remove ${label} with all their answers?`,
      confirmYes: 'Yes, remove',
      answered: 'Answered',
      source: 'Source',
      sources: { live: 'entered live', file: 'file', link: 'link' },
      showAll: (n: number) => `Show all ${n}`,
    },
    invite: {
      heading: 'Invite: answer on your own device',
      lead: 'Each person opens this link (or scans the QR code), answers the questionnaire in their browser and sends you their answers back as a file or a link. There is no server: answers reach you only when the person sends them.',
      link: 'Invitation link',
      copy: 'Copy link',
      copied: 'Copied.',
      qr: (title: string) => `QR code with the invitation link to "${title}"`,
      personal:
        'People registered in advance each have their own link under "Responses", with name and role filled in.',
      projector: 'QR code for the projector',
      projectorTitle: (title: string) => `Invitation to "${title}"`,
      projectorHint: "Scan with your phone's camera and answer the questionnaire in your own browser.",
      close: 'Close',
      code: 'Code to type',
      codeHint: (address: string) => `Without the link or QR code: open ${address} and enter this code.`,
      noCode:
        'A questionnaire of your own has no code to type: it does not fit into one. Share the invitation link or show the QR code.',
    },
    status: {
      heading: 'Responses',
      lead: 'Invited: registered, no answers yet. Answering: answers being entered live. Received: their file or link came in, or every question is entered.',
      counts: 'Status',
      count: {
        invited: (n: number) => `${n} invited`,
        answering: (n: number) => `${n} answering`,
        received: (n: number) => `${n} received`,
      },
      people: 'Status by person',
      states: { invited: 'invited', answering: 'answering', received: 'received' },
      copyFor: (label: string) => `Copy link for ${label}`,
      copied: (label: string) => `Invitation link for ${label} copied.`,
    },
    importAnswers: {
      heading: 'Import answers',
      lead: "Participants' response files (JSON) or their answer links. Duplicates are recognised, answers to another questionnaire are refused; nothing already imported is lost.",
      drop: 'Drop files here or',
      choose: 'Choose files',
      links: 'Paste answer links (one per line)',
      addLinks: 'Import links',
      working: 'Checking …',
      summary: (added: number, duplicates: number, refused: number) =>
        `${added} added, ${duplicates} duplicate, ${refused} refused.`,
      added: (source: string, who: string) => `${source}: added as ${who}.`,
      duplicate: (source: string, who: string) => `${source}: already imported (${who}) – not added again.`,
      duplicateInBatch: (source: string) => `${source}: the same answers appear twice in this selection – added once.`,
      refused: (source: string) => `${source}: refused.`,
      otherQuestionnaire: (id: string, version: string, expected: string, expectedVersion: string) =>
        `These answers belong to questionnaire "${id}" version ${version}; this workshop uses "${expected}" version ${expectedVersion}.`,
      matched: (source: string, who: string) => `${source}: matched to ${who}, registered in advance.`,
      updated: (source: string, who: string) => `${source}: ${who}'s answers updated.`,
      kept: (source: string, who: string) => `${source}: ${who}'s changes not taken.`,
      skipped: (source: string) => `${source}: not added.`,
      older: (source: string, who: string) =>
        `${source}: an older version of ${who}'s answers than the one imported – refused.`,
      olderInBatch: (source: string) =>
        `${source}: this selection holds a newer version of the same answers – this one refused.`,
      changedWaiting: (source: string, who: string) => `${source}: ${who}'s answers changed – please decide.`,
      ambiguousWaiting: (source: string, name: string) =>
        `${source}: several registered people are called "${name}" – please decide.`,
      otherWorkshopWaiting: (source: string) => `${source}: sent for another workshop – please decide.`,
      more: (updated: number, notTaken: number, waiting: number) =>
        `${[
          updated > 0 && `${updated} updated`,
          notTaken > 0 && `${notTaken} not taken`,
          waiting > 0 && `${waiting} waiting for your decision`,
        ]
          .filter(Boolean)
          .join(', ')}.`,
      removed: 'a participant since removed',
      ask: {
        changedTitle: (who: string) => `${who}'s answers have changed`,
        changedLead: (source: string, who: string) => `${source} is a newer version of ${who}'s answers. What changed:`,
        change: (question: string, from: string, to: string) => `${question}: ${from} → ${to}`,
        noteChanged: 'note changed',
        adoptionChanged: 'Software in use',
        level: LABELS.en.level,
        none: 'no answer',
        choices: LABELS.en.choices as Record<string, string>,
        take: 'Take the changes',
        keep: 'Keep the earlier answers',
        whoseTitle: (name: string) => `Who is "${name}"?`,
        whoseLead: (source: string, name: string, n: number) =>
          `${source} carries the name "${name}". ${n} registered people have that name and no answers yet.`,
        whose: 'Whose answers are these?',
        candidate: (label: string, role: string, row: number) => `${label} (${role}, row ${row})`,
        asNew: 'Add as a new person',
        assign: 'Assign',
        dontImport: "Don't import",
        otherTitle: 'Answers for another workshop',
        otherLeadKnown: (source: string, other: string, here: string) =>
          `${source} was sent for the workshop "${other}", not for "${here}".`,
        otherLeadUnknown: (source: string, here: string) =>
          `${source} was sent for another workshop (not in this browser), not for "${here}".`,
        addAnyway: (here: string) => `Add to "${here}" anyway`,
        dontAdd: "Don't add",
      },
      link: (n: number) => `Link ${n}`,
      scanHint: "Or read the QR codes on participants' devices with this device's camera.",
      scan: 'Scan QR codes',
      scanner: {
        video: 'Camera image for scanning answer QR codes',
        starting: 'Starting the camera …',
        read: (n: number) =>
          n === 0
            ? 'The camera is on. Hold an answer QR code in front of it.'
            : `${countedNoun(n, 'answer code', 'answer codes')} read. Hold the next one in front of the camera.`,
        notAnswerLink: 'This QR code holds no Groundwork answer link and is not imported.',
        done: 'Done',
        source: (n: number) => `QR code ${n}`,
        unsupported:
          'This browser offers no camera access here. Paste the answer links or import the response files instead.',
        denied:
          'Access to the camera was not allowed. You can allow it in the browser settings – or paste the answer links or import the response files instead.',
        noCamera: 'No camera was found. Paste the answer links or import the response files instead.',
        failed:
          'The camera or the QR code reader could not be started. Paste the answer links or import the response files instead.',
      },
    },
    exportFile: 'Save as file',
  },
)
