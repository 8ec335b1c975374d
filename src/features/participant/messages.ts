import { oneOrMany } from '../../domain/index.ts'
import { appMessages } from '../../i18n/app-messages.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

/** The participant's side: joining a workshop and sending the answers back. */
export const participantMessages = defineMessages(
  {
    send: {
      heading: 'Antworten an die Moderation senden',
      headingFor: (title: string) => `Antworten an den Workshop „${title}“ senden`,
      lead: 'Der Link enthält Ihre Antworten in komprimierter Form hinter dem #-Zeichen – dieser Teil wird nie an einen Server geschickt. Schicken Sie ihn der Moderation (E-Mail, Messenger) oder lassen Sie den QR-Code scannen.',
      link: 'Ihr Antwort-Link',
      copy: 'Link kopieren',
      copied: 'Kopiert.',
      qr: 'QR-Code mit Ihrem Antwort-Link',
      preparing: 'Link wird erstellt …',
      linkFailed:
        'Dieser Browser kann den Antwort-Link nicht erstellen. Laden Sie Ihre Antworten stattdessen als Datei herunter (Schaltfläche „Antworten herunterladen“) und geben Sie die Datei weiter.',
      answered: (n: number, total: number) => `${n} von ${total} Fragen beantwortet.`,
      otherQuestionnaire: 'Ihre Antworten gehören zu einem anderen Fragebogen als dem geladenen.',
      share: 'Teilen …',
      download: 'Als Datei herunterladen',
    },
    join: {
      title: (workshop: string) => `Einladung: ${workshop}`,
      untitled: 'Einladung zu einem Workshop',
      lead: 'Sie beantworten den Fragebogen in Ihrem eigenen Browser. Ihre Antworten bleiben hier, bis Sie sie selbst an die Moderation schicken – als Datei oder als Link.',
      invalid: 'Dieser Einladungslink ist unvollständig. Bitten Sie die Moderation um einen neuen.',
      otherQuestionnaire: (id: string, version: string, active: string, activeVersion: string) =>
        `Die Einladung gilt für den Fragebogen „${id}“ Version ${version}, geladen ist „${active}“ Version ${activeVersion}. Bitten Sie die Moderation um die Fragebogen-Datei und laden Sie sie unter „Fragebogen“.`,
      name: 'Ihr Name (optional)',
      nameHint: 'Ohne Namen erscheinen Sie im Teambericht als Nummer.',
      role: 'Ihre Rolle (optional)',
      start: 'Fragebogen beginnen',
      continue: 'Mit meinen Antworten weitermachen',
      existing: (n: number) =>
        `In diesem Browser gibt es schon ${n} Antworten zu diesem Fragebogen; sie werden weiterverwendet.`,
      existingBy: (name: string) =>
        `Eingetragen als „${name}“. Sind Sie jemand anderes, beginnen Sie mit eigenen, leeren Antworten.`,
      someoneElse: 'Ich bin jemand anderes',
      someoneElseTitle: 'Als andere Person beginnen',
      someoneElseBody: (name: string | null, n: number) =>
        `Die ${oneOrMany(n, 'Antwort', `${n} Antworten`)} ${name ? `von ${name}` : 'der vorigen Person'} ${oneOrMany(n, 'bleibt', 'bleiben')} in diesem Browser gespeichert. Sie beginnen mit einem leeren Fragebogen, Ihre Antworten werden getrennt davon gesendet.`,
      someoneElseAdvice:
        'Hat die vorige Person ihre Antworten noch nicht an die Moderation geschickt? Laden Sie sie vorher herunter und geben Sie ihr die Datei.',
      downloadPrevious: (name: string | null) =>
        name ? `Antworten von ${name} herunterladen` : 'Antworten der vorigen Person herunterladen',
      startFresh: 'Neu beginnen',
      cancel: appMessages.de.cancel,
      switched: (name: string | null) =>
        `Neu begonnen. Die Antworten ${name ? `von ${name}` : 'der vorigen Person'} sind in diesem Browser gespeichert.`,
      duration: (questions: number, from: number, to: number) =>
        `${questions} Fragen, etwa ${from}–${to} Minuten. Sie können unterbrechen und später weitermachen.`,
      otherLanguage: 'Auch auf Englisch / Also in English',
      codeTitle: 'Mit einem Code teilnehmen',
      codeLead:
        'Die Moderation zeigt einen Code aus acht Zeichen, etwa K7M2-9QXA. Geben Sie ihn hier ein – oder öffnen Sie den Einladungslink bzw. scannen Sie den QR-Code.',
      code: 'Code der Einladung',
      codeHint: 'Groß- und Kleinschreibung und Bindestriche sind egal.',
      codeSubmit: 'Weiter',
      codeProblems: {
        empty: 'Bitte geben Sie den Code ein.',
        length: (n: number) => `Der Code hat acht Zeichen, eingegeben sind ${n}. Bitte prüfen Sie ihn.`,
        symbol: (symbol: string, position: number) =>
          `„${symbol}“ (Zeichen ${position}) kommt in Codes nicht vor. Bitte prüfen Sie den Code.`,
        check:
          'Dieser Code stimmt nicht – wahrscheinlich ist ein Zeichen vertippt. Bitte vergleichen Sie ihn noch einmal.',
        questionnaire:
          'Dieser Code gehört zu einem Fragebogen, den diese Version von Groundwork nicht kennt. Bitten Sie die Moderation um den Einladungslink.',
      },
      byCode: 'Sie nehmen mit dem Code teil. Titel und Rollen des Workshops stehen nur im Einladungslink.',
    },
  },
  {
    send: {
      heading: 'Send your answers to the facilitator',
      headingFor: (title: string) => `Send your answers to the workshop "${title}"`,
      lead: 'The link carries your answers, compressed, after the # sign – that part is never sent to a server. Send it to the facilitator (email, messenger) or let them scan the QR code.',
      link: 'Your answer link',
      copy: 'Copy link',
      copied: 'Copied.',
      qr: 'QR code with your answer link',
      preparing: 'Preparing the link …',
      linkFailed:
        'This browser cannot create the answer link. Download your answers as a file instead (the “Download answers” button) and hand that file over.',
      answered: (n: number, total: number) => `${n} of ${total} questions answered.`,
      otherQuestionnaire: 'Your answers belong to another questionnaire than the one loaded.',
      share: 'Share …',
      download: 'Download as a file',
    },
    join: {
      title: (workshop: string) => `Invitation: ${workshop}`,
      untitled: 'Invitation to a workshop',
      lead: 'You answer the questionnaire in your own browser. Your answers stay here until you send them to the facilitator yourself – as a file or as a link.',
      invalid: 'This invitation link is incomplete. Ask the facilitator for a new one.',
      otherQuestionnaire: (id: string, version: string, active: string, activeVersion: string) =>
        `The invitation is for questionnaire "${id}" version ${version}; "${active}" version ${activeVersion} is loaded. Ask the facilitator for the questionnaire file and load it under "Questionnaire".`,
      name: 'Your name (optional)',
      nameHint: 'Without a name you appear as a number in the team report.',
      role: 'Your role (optional)',
      start: 'Start the questionnaire',
      continue: 'Continue with my answers',
      existing: (n: number) => `This browser already holds ${n} answers to this questionnaire; they are kept.`,
      existingBy: (name: string) =>
        `Entered as "${name}". If you are someone else, start with answers of your own, empty.`,
      someoneElse: 'I am someone else',
      someoneElseTitle: 'Start as another person',
      someoneElseBody: (name: string | null, n: number) =>
        `${name ? `${name}'s` : "The previous person's"} ${oneOrMany(n, 'answer stays', `${n} answers stay`)} stored in this browser. You start with an empty questionnaire; your answers are sent separately.`,
      someoneElseAdvice:
        'Has the previous person not sent their answers to the facilitator yet? Download them first and give them the file.',
      downloadPrevious: (name: string | null) =>
        name ? `Download ${name}'s answers` : "Download the previous person's answers",
      startFresh: 'Start afresh',
      cancel: appMessages.en.cancel,
      switched: (name: string | null) =>
        `Started afresh. ${name ? `${name}'s` : "The previous person's"} answers are stored in this browser.`,
      duration: (questions: number, from: number, to: number) =>
        `${questions} questions, about ${from}–${to} minutes. You can stop and continue later.`,
      otherLanguage: 'Auch auf Deutsch / Also in German',
      codeTitle: 'Join with a code',
      codeLead:
        'The facilitator shows a code of eight characters, such as K7M2-9QXA. Enter it here – or open the invitation link or scan the QR code.',
      code: 'Invitation code',
      codeHint: 'Upper or lower case and hyphens do not matter.',
      codeSubmit: 'Continue',
      codeProblems: {
        empty: 'Please enter the code.',
        length: (n: number) => `The code has eight characters; ${n} were entered. Please check it.`,
        symbol: (symbol: string, position: number) =>
          `“${symbol}” (character ${position}) does not occur in codes. Please check the code.`,
        check: 'This code is not right – probably one character is mistyped. Please compare it once more.',
        questionnaire:
          'This code belongs to a questionnaire this version of Groundwork does not know. Ask the facilitator for the invitation link.',
      },
      byCode: 'You are joining with the code. The workshop’s title and roles are only in the invitation link.',
    },
  },
)
