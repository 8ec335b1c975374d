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
    company: {
      documentTitle: 'Über Ihr Unternehmen',
      eyebrow: 'Optional',
      title: 'Über Ihr Unternehmen',
      intro:
        'Diese Angaben erscheinen nur auf Ihrem Bericht und bleiben in diesem Browser. Sie können den Schritt auch überspringen.',
      name: 'Name des Unternehmens',
      industry: 'Branche',
      industryHint: 'Zum Beispiel Sanitär- und Heizungstechnik, Steuerberatung, Maschinenbau',
      size: 'Größe',
      sizeNone: 'Keine Angabe',
      sizeOptions: {
        '1–9': '1 bis 9 Beschäftigte',
        '10–49': '10 bis 49 Beschäftigte',
        '50–249': '50 bis 249 Beschäftigte',
        '250–499': '250 bis 499 Beschäftigte',
        '500+': '500 Beschäftigte und mehr',
      },
      role: 'Ihre Rolle',
      roleHint: 'Zum Beispiel Inhaberin, Geschäftsführer, Bereichsleitung',
      tooLong: (max: number) => `Bitte höchstens ${max} Zeichen.`,
      invalid: 'Bitte prüfen Sie diese Angabe.',
      submit: 'Speichern und weiter',
      skip: 'Überspringen',
    },
    step: {
      area: (index: number, total: number) => `Bereich ${index} von ${total}`,
      question: (index: number, total: number) => `Frage ${index} von ${total}`,
      why: 'Warum das wichtig ist',
      note: 'Notiz',
      noteHint: 'Optional – nur für Sie und Ihren Bericht.',
      special: {
        dontKnow: 'Weiß ich nicht',
        notApplicable: 'Trifft auf uns nicht zu',
        notNeeded: 'Für unser Geschäft nicht nötig',
      },
      previous: (title: string) => `Zurück: ${title}`,
      next: (title: string) => `Weiter: ${title}`,
      toOverview: 'Weiter zur Übersicht',
      stepNav: 'Zwischen den Bereichen wechseln',
      unknownDimension: 'Diesen Bereich gibt es in diesem Fragebogen nicht.',
    },
    overview: {
      documentTitle: 'Übersicht',
      title: 'Übersicht',
      intro:
        'Hier sehen Sie jeden Bereich mit den noch offenen Fragen. Überspringen ist erlaubt – der Bericht zeigt dann, wie vollständig er ist.',
      nextOpen: 'Zur nächsten offenen Frage',
      allDone: 'Alle Fragen sind beantwortet.',
      complete: 'Vollständig',
      open: (count: number) => (count === 1 ? '1 offene Frage' : `${count} offene Fragen`),
      edit: (title: string) => `${title} bearbeiten`,
      openQuestions: (title: string) => `Offene Fragen: ${title}`,
      inventory: (answered: number, total: number) =>
        answered === total
          ? 'Werkzeug-Inventar: vollständig'
          : `Werkzeug-Inventar: ${answered} von ${total} Werkzeugarten beantwortet`,
      finishTitle: 'Fertig?',
      finishPartial: 'Sie können den Bericht jetzt schon ansehen; er sagt, welche Antworten noch fehlen.',
      finishComplete: 'Ihre Einschätzung ist vollständig. Der Bericht zeigt, wo Sie stehen und was als Nächstes zählt.',
      report: 'Zum Bericht',
      company: 'Angaben zum Unternehmen',
    },
    data: {
      title: 'Ihre Daten',
      intro: 'Speichern Sie Ihre Antworten als Datei – zur Sicherung oder um auf einem anderen Gerät weiterzumachen.',
      export: 'Antworten herunterladen',
      import: 'Antwortdatei importieren',
      importHint: 'Eine zuvor aus Groundwork heruntergeladene JSON-Datei.',
      startOver: 'Neu beginnen',
    },
    import: {
      problems: (file: string) =>
        `„${file}“ konnte nicht importiert werden. Ihre bisherigen Antworten sind unverändert.`,
      more: (count: number) => `… und ${count} weitere Probleme.`,
      done: (count: number) => `Importiert: ${count} Antworten.`,
      carried: (from: string, to: string, dropped: string) =>
        `Die Datei beantwortet Version ${from}; ihre Antworten wurden auf Version ${to} übernommen.${dropped ? ` Nicht übernommen (die Frage gibt es nicht mehr oder sie hat sich geändert): ${dropped}.` : ''}`,
      confirmTitle: 'Antworten ersetzen?',
      confirmBody: (current: number, incoming: number) =>
        `In diesem Browser sind ${current} Antworten gespeichert. Die Datei enthält ${incoming} Antworten und ersetzt sie vollständig.`,
      confirmAdvice: 'Laden Sie Ihre jetzigen Antworten vorher herunter, wenn Sie sie behalten möchten.',
      download: 'Jetzige Antworten herunterladen',
      replace: 'Ersetzen',
      cancel: 'Abbrechen',
    },
    startOver: {
      title: 'Wirklich neu beginnen?',
      body: (count: number) =>
        count === 1
          ? 'Ihre 1 Antwort wird aus diesem Browser gelöscht.'
          : `Ihre ${count} Antworten werden aus diesem Browser gelöscht.`,
      advice: 'Laden Sie sie vorher herunter, wenn Sie sie behalten oder später vergleichen möchten.',
      download: 'Antworten herunterladen',
      confirm: 'Löschen und neu beginnen',
      cancel: 'Abbrechen',
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
    company: {
      documentTitle: 'About your company',
      eyebrow: 'Optional',
      title: 'About your company',
      intro: 'These details appear on your report only and stay in this browser. You can also skip this step.',
      name: 'Company name',
      industry: 'Industry',
      industryHint: 'For example plumbing and heating, tax advice, mechanical engineering',
      size: 'Size',
      sizeNone: 'Not specified',
      sizeOptions: {
        '1–9': '1 to 9 employees',
        '10–49': '10 to 49 employees',
        '50–249': '50 to 249 employees',
        '250–499': '250 to 499 employees',
        '500+': '500 employees or more',
      },
      role: 'Your role',
      roleHint: 'For example owner, managing director, head of department',
      tooLong: (max: number) => `Please use at most ${max} characters.`,
      invalid: 'Please check this entry.',
      submit: 'Save and continue',
      skip: 'Skip',
    },
    step: {
      area: (index: number, total: number) => `Area ${index} of ${total}`,
      question: (index: number, total: number) => `Question ${index} of ${total}`,
      why: 'Why this matters',
      note: 'Note',
      noteHint: 'Optional – for you and your report only.',
      special: {
        dontKnow: 'Don’t know',
        notApplicable: 'Does not apply to us',
        notNeeded: 'Not needed for our business',
      },
      previous: (title: string) => `Back: ${title}`,
      next: (title: string) => `Next: ${title}`,
      toOverview: 'Continue to the overview',
      stepNav: 'Move between areas',
      unknownDimension: 'This questionnaire has no such area.',
    },
    overview: {
      documentTitle: 'Overview',
      title: 'Overview',
      intro: 'Every area with the questions still open. Skipping is fine – the report then says how complete it is.',
      nextOpen: 'Go to the next open question',
      allDone: 'All questions are answered.',
      complete: 'Complete',
      open: (count: number) => (count === 1 ? '1 open question' : `${count} open questions`),
      edit: (title: string) => `Edit ${title}`,
      openQuestions: (title: string) => `Open questions: ${title}`,
      inventory: (answered: number, total: number) =>
        answered === total
          ? 'Tool inventory: complete'
          : `Tool inventory: ${answered} of ${total} kinds of tool answered`,
      finishTitle: 'Done?',
      finishPartial: 'You can look at the report now; it says which answers are still missing.',
      finishComplete: 'Your assessment is complete. The report shows where you stand and what matters next.',
      report: 'Go to the report',
      company: 'About your company',
    },
    data: {
      title: 'Your data',
      intro: 'Save your answers as a file – as a backup, or to continue on another device.',
      export: 'Download answers',
      import: 'Import a response file',
      importHint: 'A JSON file downloaded from Groundwork before.',
      startOver: 'Start over',
    },
    import: {
      problems: (file: string) => `“${file}” could not be imported. Your current answers are unchanged.`,
      more: (count: number) => `… and ${count} more problems.`,
      done: (count: number) => `Imported: ${count} answers.`,
      carried: (from: string, to: string, dropped: string) =>
        `The file answers version ${from}; its answers were carried over to version ${to}.${dropped ? ` Not carried over (the question is gone or has changed): ${dropped}.` : ''}`,
      confirmTitle: 'Replace your answers?',
      confirmBody: (current: number, incoming: number) =>
        `This browser holds ${current} answers. The file has ${incoming} answers and replaces them completely.`,
      confirmAdvice: 'Download your current answers first if you want to keep them.',
      download: 'Download current answers',
      replace: 'Replace',
      cancel: 'Cancel',
    },
    startOver: {
      title: 'Really start over?',
      body: (count: number) =>
        count === 1
          ? 'Your 1 answer will be deleted from this browser.'
          : `Your ${count} answers will be deleted from this browser.`,
      advice: 'Download them first if you want to keep them or compare later.',
      download: 'Download answers',
      confirm: 'Delete and start over',
      cancel: 'Cancel',
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
