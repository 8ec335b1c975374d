import { defineMessages } from '../../i18n/define-messages.ts'

export const assessmentMessages = defineMessages(
  {
    start: {
      documentTitle: 'Start',
      eyebrow: 'Standortbestimmung im digitalen Zeitalter',
      title: 'Erst das Geschäft verstehen. Dann die Werkzeuge wählen.',
      approach:
        'Digitalisierung ist keine Technik, sondern das Zeitalter, in dem Ihr Unternehmen arbeitet. Groundwork fragt deshalb zuerst nach Ihrem Geschäftsmodell, Ihren Kunden, Ihren Mitarbeitenden und Ihrem Umfeld – und erst danach nach Software. Werkzeuge zählen nur so weit, wie das Fundament sie trägt.',
      begin: 'Einschätzung beginnen',
      facts: 'Gut zu wissen',
      durationTitle: 'Etwa 30 bis 45 Minuten',
      duration:
        'Sie können jederzeit unterbrechen. Beim nächsten Mal geht es genau dort weiter, wo Sie aufgehört haben.',
      privacyTitle: 'Ihre Daten bleiben bei Ihnen',
      privacy:
        'Alle Antworten bleiben in diesem Browser. Nichts wird übertragen, solange Sie es nicht selbst als Datei exportieren.',
      honestTitle: 'Ehrlich statt geschönt',
      honest:
        'Jede Antwortstufe beschreibt einen beobachtbaren Zustand. Wo Sie etwas nicht wissen, ist „Weiß ich nicht“ eine ehrliche Antwort – und selbst ein Befund.',
      resumeTitle: 'Ihre Einschätzung',
      startedOn: (date: string) => `Begonnen am ${date}`,
      resume: 'Weitermachen',
      toReport: 'Zum Bericht',
      overview: 'Zur Übersicht',
      importTitle: 'Auf einem anderen Gerät weitermachen',
      otherFile: 'Haben Sie Ihre Antworten als Datei heruntergeladen? Importieren Sie sie hier.',
      consultants: 'Für Beraterinnen und Berater: einen anderen Fragebogen laden',
    },
    progress: {
      answered: (answered: number, total: number) => `${answered} von ${total} beantwortet`,
      overallLabel: 'Fortschritt insgesamt',
      dimensionLabel: (title: string) => `Fortschritt: ${title}`,
    },
    guard: {
      noneTitle: 'Noch keine Einschätzung begonnen',
      noneBody: 'Beginnen Sie mit der ersten Frage – Ihre Antworten werden laufend in diesem Browser gespeichert.',
      mismatchTitle: 'Ihre Antworten gehören zu einem anderen Fragebogen',
      mismatchBody: (id: string, version: string) =>
        `Die gespeicherten Antworten beziehen sich auf „${id}“ in Version ${version}. Laden Sie sie herunter, bevor Sie neu beginnen, oder laden Sie den passenden Fragebogen.`,
      questionnaire: 'Fragebogen wählen',
      newEdition: (version: string) => `Eine neue Fassung des Fragebogens ist da: Version ${version}.`,
      newEditionGo: (version: string) => `Antworten auf Version ${version} übernehmen`,
    },
  },
  {
    start: {
      documentTitle: 'Start',
      eyebrow: 'Where your company stands in the digital age',
      title: 'Understand your business first. Choose tools later.',
      approach:
        'Digitalisation is not a technology but the age your company works in. That is why Groundwork first asks about your business model, your customers, your staff and your environment – and only then about software. Tools count only as far as the foundation carries them.',
      begin: 'Start the assessment',
      facts: 'Good to know',
      durationTitle: 'About 30 to 45 minutes',
      duration: 'You can stop at any time. Next time you continue exactly where you left off.',
      privacyTitle: 'Your data stays with you',
      privacy: 'All answers stay in this browser. Nothing is sent anywhere unless you export it yourself as a file.',
      honestTitle: 'Honest, not flattering',
      honest:
        'Every answer describes a state you can observe. Where you do not know, “don’t know” is an honest answer – and a finding in itself.',
      resumeTitle: 'Your assessment',
      startedOn: (date: string) => `Started on ${date}`,
      resume: 'Continue',
      toReport: 'See your report',
      overview: 'Go to the overview',
      importTitle: 'Continue on another device',
      otherFile: 'Did you download your answers as a file? Import it here.',
      consultants: 'For consultants: load a different questionnaire',
    },
    progress: {
      answered: (answered: number, total: number) => `${answered} of ${total} answered`,
      overallLabel: 'Overall progress',
      dimensionLabel: (title: string) => `Progress: ${title}`,
    },
    guard: {
      noneTitle: 'No assessment started yet',
      noneBody: 'Begin with the first question – your answers are saved in this browser as you go.',
      mismatchTitle: 'Your answers belong to a different questionnaire',
      mismatchBody: (id: string, version: string) =>
        `The stored answers refer to “${id}” version ${version}. Download them before you start anew, or load the matching questionnaire.`,
      questionnaire: 'Choose a questionnaire',
      newEdition: (version: string) => `A new edition of the questionnaire is out: version ${version}.`,
      newEditionGo: (version: string) => `Carry your answers over to version ${version}`,
    },
  },
)
