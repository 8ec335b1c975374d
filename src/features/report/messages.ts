import { defineMessages } from '../../i18n/define-messages.ts'

// Numbers arrive already formatted for the locale (see format.ts): messages only place them.
export const reportMessages = defineMessages(
  {
    title: 'Ihr Bericht',
    loading: 'Bericht wird vorbereitet …',
    createdOn: (date: string) => `Stand vom ${date}`,
    forCompany: (name: string) => `für ${name}`,
    print: 'Drucken',
    empty: {
      heading: 'Noch keine Einschätzung',
      body: 'Sobald Sie die ersten Fragen beantwortet haben, entsteht hier Ihr Bericht.',
      start: 'Zur Einschätzung',
    },
    summary: {
      heading: 'Gesamtbild',
      overall: 'Reifegrad insgesamt',
      of100: (score: string) => `${score} von 100`,
      noScore: 'Noch keine Wertung',
      interpretation: {
        none: 'Es liegen noch keine Antworten vor, die zählen.',
        toolsAhead:
          'Ihre Werkzeuge sind weiter als Ihr Fundament – was darüber hinausgeht, zählt noch nicht.',
        weakBusinessModel:
          'Ihr Geschäftsmodell ist noch nicht klar genug – dort beginnt alles Weitere.',
        foundationLeads: 'Ihr Fundament ist weiter als Ihre Werkzeuge – die richtige Reihenfolge.',
        balanced: 'Fundament und Werkzeuge halten Schritt miteinander.',
      },
      figures: 'Kennzahlen',
      profile: 'Bereiche im Überblick',
      foundation: 'Fundament (F)',
      tools: 'Technologie (T)',
      toolsCounted: 'davon gezählt',
      completeness: (answered: number, total: number, percent: string) =>
        `${answered} von ${total} Fragen beantwortet (${percent})`,
      complete: 'Alle Fragen sind beantwortet.',
      partial: 'Die Einschätzung ist noch unvollständig. Der Bericht wertet, was beantwortet ist.',
      missingHeading: 'Noch offen',
      missingLink: (dimension: string, count: number) =>
        `${dimension}: ${count} ${count === 1 ? 'Frage' : 'Fragen'} offen`,
    },
    findings: {
      heading: 'Was auffällt',
      none: 'Keine Auffälligkeiten: Fundament und Werkzeuge stehen in einem gesunden Verhältnis.',
      weakBusinessModel: {
        title: 'Das Geschäftsmodell ist noch nicht klar',
        body: (score: string, threshold: string) =>
          `Ihr Geschäftsmodell erreicht ${score} von 100 Punkten, weniger als ${threshold}. Zu verstehen, welchen Wert Sie für wen schaffen und womit Sie Ihr Geld verdienen, ist die Königsdisziplin: Daran hängt, welche Kunden Sie suchen, was Ihre Mitarbeitenden können müssen und ob ein Werkzeug überhaupt nötig ist. Deshalb steht es im Plan an erster Stelle – ganz gleich, wie gut andere Bereiche abschneiden.`,
      },
      toolsAhead: {
        title: 'Die Werkzeuge sind dem Fundament voraus',
        body: (tools: string, foundation: string, counted: string) =>
          `Ihre Technologie erreicht ${tools} Punkte, Ihr Fundament ${foundation}. Gezählt wird die Technologie deshalb nur mit ${counted} – so weit, wie das Fundament sie trägt.`,
        story:
          'Bei CRM ist es schon einmal so gegangen. CRM begann als Management-Methode: das ganze Unternehmen konsequent auf seine Kunden auszurichten. Mit der Zeit wurde daraus ein Software-Kauf; wer heute nach „CRM“ sucht, findet fast nur Anbieter von Programmen, und der Kunde ist in den Hintergrund gerückt. Der Digitalisierung droht dasselbe. Ein Werkzeug bildet ab, was im Unternehmen schon klar ist – es macht es nicht klar. Stecken Sie die nächste Zeit in Geschäftsmodell, Kunden, Mitarbeitende und Umfeld, bevor Sie weitere Werkzeuge kaufen.',
      },
      manyUnknowns: {
        title: (dimension: string) => `Viel Unbekanntes: ${dimension}`,
        body: (unknown: number, answered: number) =>
          `Bei ${unknown} von ${answered} beantworteten Fragen lautet die Antwort „Weiß nicht“. Nicht zu wissen ist selbst ein Befund: Was man nicht kennt, kann man nicht steuern. Diese Antworten zählen wie Stufe 0. Finden Sie zuerst heraus, wie es tatsächlich steht – das kostet nichts außer Zeit und Gesprächen.`,
      },
      notNeeded: {
        title: '„Für unser Geschäft nicht nötig“ zählt noch nicht',
        body: (count: number, score: string, threshold: string) =>
          `Sie haben ${count === 1 ? 'ein Werkzeug' : `${count} Werkzeuge`} als nicht nötig eingestuft. Ob ein Werkzeug entbehrlich ist, können Sie erst entscheiden, wenn Sie Ihr Geschäftsmodell kennen – und das erreicht ${score} von mindestens ${threshold} Punkten. Bis dahin zählen diese Antworten wie „Weiß nicht“. Sobald Ihr Geschäftsmodell klarer ist, fallen sie aus der Wertung.`,
        questions: 'Betroffen:',
      },
    },
    charts: {
      heading: 'Ihr Profil auf einen Blick',
      radarTitle: 'Profil der Bereiche',
      radarLabel: (summary: string) => `Netzdiagramm der Bereiche, 0 bis 100 Punkte: ${summary}`,
      barsTitle: 'Punkte je Bereich vor den Reifegrad-Stufen',
      barsLabel: (summary: string) =>
        `Balkendiagramm der Bereiche vor den Reifegrad-Stufen: ${summary}`,
      reading:
        'Jeder Bereich erhält 0 bis 100 Punkte. Das Fundament – Geschäftsmodell, Kunden, Mitarbeitende, Umfeld – trägt; Werkzeuge zählen nur so weit, wie es trägt.',
      showTable: 'Zahlen als Tabelle',
      tableCaption: 'Punkte je Bereich (0 bis 100)',
      legendFoundation: 'Fundament',
      legendTools: 'Werkzeuge',
      legendTarget: 'Ziel',
      legendEarlier: (date: string) => `Früher (${date})`,
      legendCounted: 'zählt nicht: weiter, als das Fundament trägt',
    },
    table: {
      dimension: 'Bereich',
      layer: 'Ebene',
      score: 'Punkte',
      level: 'Stufe',
      target: 'Ziel',
      gap: 'Abstand zum Ziel',
      earlier: 'Früher',
      now: 'Heute',
      change: 'Veränderung',
      none: '–',
      foundation: 'Fundament',
      tools: 'Werkzeuge',
    },
    dimensions: {
      foundationHeading: 'Das Fundament',
      foundationIntro:
        'Die Bereiche, auf denen alles Weitere aufbaut – das Geschäftsmodell zuerst. Hier entscheidet sich, ob Werkzeuge später etwas bewirken.',
      toolsHeading: 'Werkzeuge und Technologie',
      toolsIntro: 'Technologie zählt nur so weit, wie das Fundament sie trägt.',
      toolsIndex: 'Technologie-Index (T)',
      toolsCounted: 'davon gezählt',
      toolsCarried: (foundation: string, slack: string, cap: string) =>
        `Ihr Fundament erreicht ${foundation} Punkte. Technologie zählt bis ${cap} – das Fundament plus ${slack} Punkte Vorlauf.`,
      toolsAllCounted: 'Ihre Technologie zählt voll: Das Fundament trägt sie.',
      score: 'Punkte',
      answered: (answered: number, total: number) => `${answered} von ${total} Fragen beantwortet`,
      unknown: (count: number) => `${count}× „Weiß nicht“`,
      target: (level: string) => `Ziel: ${level}`,
      gap: (points: string) => `noch ${points} Punkte bis zum Ziel`,
      reached: 'Ziel erreicht',
      answersHeading: 'Ihre Antworten',
      showAnswers: (count: number) => `Ihre Antworten und Notizen (${count})`,
      notScored: 'Noch keine Wertung',
    },
    answers: {
      level: (level: number) => `Stufe ${level} von 4`,
      dontKnow: 'Weiß nicht',
      notApplicable: 'Trifft nicht zu',
      notNeeded: 'Für unser Geschäft nicht nötig',
      notNeededPending: 'Zählt noch wie „Weiß nicht“, bis das Geschäftsmodell klar ist.',
      unanswered: 'Noch nicht beantwortet',
      note: 'Ihre Notiz',
    },
    plan: {
      heading: 'Die nächsten Schritte',
      intro:
        'Fundament vor Werkzeugen, das Geschäftsmodell zuerst; innerhalb dessen die größten Abstände zum Ziel. Jeder Schritt ist ohne Anschaffung machbar.',
      none: 'Keine offenen Schritte: Sie haben in jedem beantworteten Punkt Ihr Ziel erreicht.',
      today: 'Heute',
      unknownToday: 'Unbekannt – klären Sie zuerst, wie es steht.',
      next: 'Nächste Stufe',
      step: 'Der Schritt',
      why: 'Warum das zählt',
      allHeading: 'Alle Empfehlungen nach Bereich',
      allNone: 'Keine offenen Empfehlungen.',
    },
    targets: {
      heading: 'Zielprofil',
      intro:
        'Welche Stufe braucht Ihr Geschäft in jedem Bereich? Nicht jedes Unternehmen muss überall die höchste Stufe erreichen. Ihr Ziel bestimmt den Abstand und die Reihenfolge der Schritte.',
      select: (dimension: string) => `Ziel für ${dimension}`,
      noTarget: 'Kein Ziel gesetzt (höchste Stufe)',
      option: (name: string, min: string) => `${name} (ab ${min})`,
    },
    history: {
      heading: 'Verlauf',
      intro:
        'Bewahren Sie den heutigen Stand in diesem Browser auf, um später zu vergleichen. Nichts davon verlässt Ihren Rechner.',
      keep: 'Diesen Stand aufbewahren',
      kept: 'Dieser Stand ist aufbewahrt.',
      listHeading: 'Aufbewahrte Stände',
      empty: 'Noch nichts aufbewahrt.',
      entry: (date: string, score: string, level: string) => `${date} · ${score} Punkte · ${level}`,
      compare: 'Vergleichen mit',
      compareNone: 'Kein Vergleich',
      remove: 'Löschen',
      removeLabel: (date: string) => `Stand vom ${date} löschen`,
      confirmRemove: (date: string) => `Stand vom ${date} wirklich löschen?`,
      confirm: 'Ja, löschen',
      cancel: 'Abbrechen',
      comparisonHeading: (date: string) => `Veränderung seit ${date}`,
      comparisonCaption: (date: string) => `Punkte je Bereich: ${date} und heute`,
      overall: 'Gesamt',
      foundation: 'Fundament (F)',
      tools: 'Technologie (T)',
      otherVersion: 'Mit einer anderen Fragebogen-Version erstellt: nicht vergleichbar.',
    },
  },
  {
    title: 'Your report',
    loading: 'Preparing the report …',
    createdOn: (date: string) => `As of ${date}`,
    forCompany: (name: string) => `for ${name}`,
    print: 'Print',
    empty: {
      heading: 'No assessment yet',
      body: 'Once you have answered the first questions, your report appears here.',
      start: 'Go to the assessment',
    },
    summary: {
      heading: 'The overall picture',
      overall: 'Overall maturity',
      of100: (score: string) => `${score} out of 100`,
      noScore: 'Not scored yet',
      interpretation: {
        none: 'There are no answers yet that count.',
        toolsAhead:
          'Your tools are ahead of your foundation – whatever goes beyond it does not count yet.',
        weakBusinessModel:
          'Your business model is not yet clear enough – that is where everything else starts.',
        foundationLeads: 'Your foundation is ahead of your tools – the right way round.',
        balanced: 'Your foundation and your tools are keeping pace with each other.',
      },
      figures: 'Key figures',
      profile: 'Areas at a glance',
      foundation: 'Foundation (F)',
      tools: 'Technology (T)',
      toolsCounted: 'of which counted',
      completeness: (answered: number, total: number, percent: string) =>
        `${answered} of ${total} questions answered (${percent})`,
      complete: 'Every question is answered.',
      partial: 'The assessment is not complete yet. The report scores what has been answered.',
      missingHeading: 'Still open',
      missingLink: (dimension: string, count: number) =>
        `${dimension}: ${count} ${count === 1 ? 'question' : 'questions'} open`,
    },
    findings: {
      heading: 'What stands out',
      none: 'Nothing stands out: your foundation and your tools are in a healthy balance.',
      weakBusinessModel: {
        title: 'The business model is not yet clear',
        body: (score: string, threshold: string) =>
          `Your business model scores ${score} out of 100, below ${threshold}. Understanding what value you create, for whom, and what actually earns the money is the hardest and most important discipline: it decides which customers you look for, what your staff need to be able to do, and whether a tool is needed at all. That is why it comes first in the plan, however well the other areas score.`,
      },
      toolsAhead: {
        title: 'Your tools are ahead of your foundation',
        body: (tools: string, foundation: string, counted: string) =>
          `Your technology scores ${tools}, your foundation ${foundation}. Technology therefore counts only at ${counted} – as far as the foundation carries it.`,
        story:
          'This has happened before, with CRM. CRM began as a management method: consistently orienting the whole company towards its customers. Over time it became a software purchase; search for “CRM” today and you find almost nothing but software vendors, while the customer has slipped into the background. Digitalisation is going the same way. A tool can only reflect what is already clear in a company – it cannot make it clear. Spend the coming months on your business model, customers, staff and environment before you buy more tools.',
      },
      manyUnknowns: {
        title: (dimension: string) => `Much is unknown: ${dimension}`,
        body: (unknown: number, answered: number) =>
          `For ${unknown} of ${answered} answered questions the answer was “don’t know”. Not knowing is a finding in itself: you cannot steer what you do not know. These answers count as level 0. Find out first where you really stand – it costs nothing but time and a few conversations.`,
      },
      notNeeded: {
        title: '“Not needed for our business” does not count yet',
        body: (count: number, score: string, threshold: string) =>
          `You marked ${count === 1 ? 'one tool' : `${count} tools`} as not needed. You can only decide that a tool is unnecessary once you know your business model – and it scores ${score}, short of the ${threshold} needed. Until then these answers count as “don’t know”. As soon as your business model is clearer, they drop out of the score.`,
        questions: 'Affected:',
      },
    },
    charts: {
      heading: 'Your profile at a glance',
      radarTitle: 'Profile of the areas',
      radarLabel: (summary: string) => `Radar chart of the areas, 0 to 100 points: ${summary}`,
      barsTitle: 'Points per area against the maturity levels',
      barsLabel: (summary: string) =>
        `Bar chart of the areas against the maturity levels: ${summary}`,
      reading:
        'Each area scores 0 to 100 points. The foundation – business model, customers, staff, environment – carries; tools count only as far as it carries them.',
      showTable: 'Show the numbers as a table',
      tableCaption: 'Points per area (0 to 100)',
      legendFoundation: 'Foundation',
      legendTools: 'Tools',
      legendTarget: 'Target',
      legendEarlier: (date: string) => `Earlier (${date})`,
      legendCounted: 'not counted: beyond what the foundation carries',
    },
    table: {
      dimension: 'Area',
      layer: 'Layer',
      score: 'Points',
      level: 'Level',
      target: 'Target',
      gap: 'Gap to target',
      earlier: 'Earlier',
      now: 'Now',
      change: 'Change',
      none: '–',
      foundation: 'Foundation',
      tools: 'Tools',
    },
    dimensions: {
      foundationHeading: 'The foundation',
      foundationIntro:
        'The areas everything else is built on – the business model first. This is where it is decided whether tools will achieve anything later.',
      toolsHeading: 'Tools and technology',
      toolsIntro: 'Technology counts only as far as the foundation carries it.',
      toolsIndex: 'Technology index (T)',
      toolsCounted: 'of which counted',
      toolsCarried: (foundation: string, slack: string, cap: string) =>
        `Your foundation scores ${foundation}. Technology counts up to ${cap} – the foundation plus a lead of ${slack} points.`,
      toolsAllCounted: 'Your technology counts in full: the foundation carries it.',
      score: 'Points',
      answered: (answered: number, total: number) => `${answered} of ${total} questions answered`,
      unknown: (count: number) => `${count}× “don’t know”`,
      target: (level: string) => `Target: ${level}`,
      gap: (points: string) => `${points} points to the target`,
      reached: 'Target reached',
      answersHeading: 'Your answers',
      showAnswers: (count: number) => `Your answers and notes (${count})`,
      notScored: 'Not scored yet',
    },
    answers: {
      level: (level: number) => `Level ${level} of 4`,
      dontKnow: 'Don’t know',
      notApplicable: 'Does not apply',
      notNeeded: 'Not needed for our business',
      notNeededPending: 'Counts as “don’t know” until the business model is clear.',
      unanswered: 'Not answered yet',
      note: 'Your note',
    },
    plan: {
      heading: 'Your next steps',
      intro:
        'Foundation before tools, the business model first; within that, the largest gaps to your target. Every step can be taken without buying anything.',
      none: 'No open steps: you have reached your target on every answered point.',
      today: 'Today',
      unknownToday: 'Unknown – find out first where you stand.',
      next: 'Next level',
      step: 'The step',
      why: 'Why it matters',
      allHeading: 'All recommendations by area',
      allNone: 'No open recommendations.',
    },
    targets: {
      heading: 'Target profile',
      intro:
        'Which level does your business need in each area? Not every company has to reach the top level everywhere. Your target sets the gap and the order of the steps.',
      select: (dimension: string) => `Target for ${dimension}`,
      noTarget: 'No target set (top level)',
      option: (name: string, min: string) => `${name} (from ${min})`,
    },
    history: {
      heading: 'Over time',
      intro:
        'Keep today’s state in this browser to compare later. None of it leaves your computer.',
      keep: 'Keep this assessment',
      kept: 'This state is kept.',
      listHeading: 'Kept assessments',
      empty: 'Nothing kept yet.',
      entry: (date: string, score: string, level: string) => `${date} · ${score} points · ${level}`,
      compare: 'Compare with',
      compareNone: 'No comparison',
      remove: 'Delete',
      removeLabel: (date: string) => `Delete the assessment of ${date}`,
      confirmRemove: (date: string) => `Really delete the assessment of ${date}?`,
      confirm: 'Yes, delete',
      cancel: 'Cancel',
      comparisonHeading: (date: string) => `Change since ${date}`,
      comparisonCaption: (date: string) => `Points per area: ${date} and now`,
      overall: 'Overall',
      foundation: 'Foundation (F)',
      tools: 'Technology (T)',
      otherVersion: 'Made with another version of the questionnaire: not comparable.',
    },
  },
)

export type ReportMessages = (typeof reportMessages)['de']
