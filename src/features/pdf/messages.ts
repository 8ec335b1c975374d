import { LABELS } from '../../domain/index.ts'
import { defineMessages } from '../../i18n/define-messages.ts'
import { reportWords } from '../../i18n/report-words.ts'

// Numbers arrive formatted for the locale (format.ts); the wording follows the on-screen report.
export const pdfMessages = defineMessages(
  {
    documentTitle: (company: string | null) =>
      company ? `Digitale Standortbestimmung – ${company}` : 'Digitale Standortbestimmung',
    subjectSolo: 'Bericht einer Selbsteinschätzung: Geschäftsmodell, Kunden, Mitarbeitende, Umfeld und Technologie',
    subjectTeam: 'Teambericht eines Workshops: wo das Team übereinstimmt und wo nicht',
    page: (page: number, total: number) => `Seite ${page} von ${total}`,
    cover: {
      eyebrow: 'Digitale Standortbestimmung',
      soloBy: (name: string) => `Einschätzung von ${name}`,
      soloAnonymous: 'Selbsteinschätzung',
      workshop: (title: string) => `Workshop „${title}“`,
      participants: (count: number) => (count === 1 ? 'eine Person' : `${count} Teilnehmende`),
      facilitator: (name: string) => `Moderation: ${name}`,
      date: (date: string) => `Stand vom ${date}`,
      motto: 'Erst das Geschäftsmodell, dann die Werkzeuge – wenn sie überhaupt gebraucht werden.',
      preparedBy: 'Begleitet von',
      noCompany: 'Ihr Unternehmen',
      industry: (industry: string) => `Branche: ${industry}`,
      // The sizes the company page offers; anything else (older files) is shown as typed.
      sizes: {
        '1–9': '1 bis 9 Beschäftigte',
        '10–49': '10 bis 49 Beschäftigte',
        '50–249': '50 bis 249 Beschäftigte',
        '250–499': '250 bis 499 Beschäftigte',
        '500+': '500 Beschäftigte und mehr',
      } as Record<string, string>,
      role: (role: string) => `Rolle: ${role}`,
    },
    summary: {
      ...reportWords.de.figures,
      heading: 'Gesamtbild',
      of100: (score: string) => `${score} von 100 Punkten`,
      rule: 'Technologie zählt nur so weit, wie das Fundament sie trägt.',
      toolsCapped: (tools: string, foundation: string, slack: string, counted: string) =>
        `Die Technologie erreicht ${tools} Punkte, das Fundament ${foundation}. Gezählt wird Technologie bis zum Fundament plus ${slack} Punkte Vorlauf – hier also ${counted}.`,
      toolsCarried: (foundation: string, slack: string) =>
        `Das Fundament (${foundation} Punkte, plus ${slack} Punkte Vorlauf) trägt die Technologie: Sie zählt voll.`,
      toolsNone: 'Zur Technologie liegen noch keine Antworten vor, die zählen.',
      completeness: (answered: number, total: number, percent: string) =>
        `${answered} von ${total} Fragen beantwortet (${percent}).`,
      partial: 'Die Einschätzung ist noch unvollständig; der Bericht wertet, was beantwortet ist.',
      missing: (list: string) => `Noch offen: ${list}.`,
      missingItem: (dimension: string, count: number) => `${dimension} (${count})`,
    },
    findings: {
      heading: 'Was auffällt',
      none: 'Keine Auffälligkeiten: Fundament und Werkzeuge stehen in einem gesunden Verhältnis.',
    },
    charts: {
      radarTitle: 'Profil der Bereiche',
      radarNote: 'Punkte 0 bis 100; die Ringe sind die Grenzen der Reifegrad-Stufen.',
      teamRange:
        'Linie: Teamwert (aus den gemeinsamen Antworten). Band: Spannweite im Team (niedrigster bis höchster Einzelwert).',
      barsTitle: 'Punkte je Bereich vor den Reifegrad-Stufen',
      foundation: 'Fundament',
      tools: 'Werkzeuge',
      target: 'Ziel',
      notCounted: 'Blass: zählt nicht – weiter, als das Fundament trägt.',
    },
    dimensions: {
      ...reportWords.de.dimensions,
      points: (score: string) => `${score} Punkte`,
      teamPoints: (score: string) => `${LABELS.de.teamScore} ${score} Punkte`,
      notScored: reportWords.de.figures.noScore,
      answered: (answered: number, total: number) => `${answered} von ${total} Fragen beantwortet`,
      unknown: (count: number) => `${count}× „Weiß nicht“`,
      target: (level: string, gap: string | null) =>
        gap ? `Ziel: ${level}, noch ${gap} Punkte` : `Ziel: ${level} – erreicht`,
    },
    answers: {
      level: LABELS.de.level,
      ...LABELS.de.choices,
      notNeededPending: 'Zählt noch wie „Weiß nicht“, bis das Geschäftsmodell klar ist.',
      unanswered: 'Noch nicht beantwortet',
      note: 'Notiz',
      teamMean: (mean: string) => `Ø ${mean}`,
      teamRange: LABELS.de.levelRange,
      teamNone: 'Keine Stufe gewählt',
      teamClosest: 'Dem Mittel am nächsten:',
    },
    plan: {
      ...reportWords.de.plan,
      open: 'offen',
      none: 'Keine offenen Schritte: In jedem beantworteten Punkt ist das Ziel erreicht.',
      unknownToday: 'Unbekannt – zuerst klären, wie es steht.',
    },
    team: {
      heading: 'Das Team im Vergleich',
      intro: (count: number) =>
        `${count} Personen haben geantwortet. Wo sie auseinanderliegen, liegt die Tagesordnung des Workshops.`,
      spreadHeading: 'Spannweite je Bereich',
      dimension: 'Bereich',
      range: 'Niedrigster – höchster Einzelwert',
      spread: 'Spanne',
      topicsHeading: 'Gesprächsthemen',
      levelsChosen: 'Gewählte Stufen',
      levelCount: (level: number, count: number) => `Stufe ${level}: ${count}×`,
      rank: (n: number) => `Nr. ${n}`,
      levelRange: LABELS.de.levelRange,
      moreTopics: (count: number) =>
        count === 1
          ? 'Ein weiteres Thema steht im Teambericht der App und in der CSV-Datei.'
          : `${count} weitere Themen stehen im Teambericht der App und in der CSV-Datei.`,
      consensus: (count: number) =>
        count === 1 ? 'Bei einer Frage ist das Team einig.' : `Bei ${count} Fragen ist das Team einig.`,
      rolesHeading: 'Wie die Rollen es sehen',
      rolesIntro: (first: string, second: string) =>
        `Mittlere Stufe je Frage: ${first} gegenüber ${second}, die größten Unterschiede zuerst.`,
      rolesNone: 'Für einen Vergleich braucht es Teilnehmende mit mindestens zwei verschiedenen Rollen.',
      question: 'Frage',
      gap: 'Abstand',
      participantsHeading: 'Teilnehmende',
      anonymous: LABELS.de.participant,
      noRole: LABELS.de.noRole,
      anonymised: 'Namen sind in diesem Dokument nicht genannt.',
      roleCount: (role: string, count: number) => `${role}: ${count}`,
      rolesAnonymised:
        'Ohne Namen stehen die Rollen nur gezählt: Neben „Person N“ verriete eine Rolle in einem kleinen Team, wer eine Anmerkung geschrieben hat.',
      decisionsHeading: 'Entscheidungen und Maßnahmen',
      decision: 'Entscheidung',
      action: 'Maßnahme',
      owner: 'Wer',
      due: 'Bis wann',
    },
    roles: LABELS.de.roles as Record<string, string>,
    method: {
      heading: 'Anhang: Wie die Wertung entsteht',
      levels:
        'Jede Frage hat fünf Stufen von 0 bis 4; jede Stufe beschreibt einen beobachtbaren Zustand – etwas, das aufgeschrieben, getan, gemessen oder entschieden ist. So wählen zwei ehrliche Menschen im selben Unternehmen dieselbe Stufe.',
      points:
        'Die Punkte eines Bereichs sind das gewichtete Mittel seiner Antworten, umgerechnet auf 0 bis 100 (Stufe 4 = 100). „Weiß nicht“ zählt wie Stufe 0: Was man nicht kennt, kann man nicht steuern. „Trifft nicht zu“ fällt aus der Wertung. Die Reifegrad-Stufe eines Bereichs ergibt sich aus seinen Punkten.',
      foundationRule: (slack: string, wF: string, wT: string) =>
        `Die Fundament-Regel: Das Fundament (F) ist das gewichtete Mittel aus Geschäftsmodell, Kunden, Mitarbeitenden und Umfeld, die Technologie (T) das der Werkzeug-Fragen. Technologie zählt nur bis zum Fundament plus ${slack} Punkte Vorlauf. Der Gesamtwert ist (${wF} · F + ${wT} · min(T; F + ${slack})) ÷ (${wF} + ${wT}). Wer Werkzeuge kauft, bevor Geschäftsmodell, Kunden und Mitarbeitende so weit sind, gewinnt dadurch keine Punkte.`,
      relevanceRule: (threshold: string) =>
        `Die Relevanz-Regel: Bei Werkzeugen darf man „Für unser Geschäft nicht nötig“ antworten. Diese Antwort nimmt die Frage aber erst aus der Wertung, wenn das Geschäftsmodell mindestens ${threshold} Punkte erreicht – denn ob ein Werkzeug entbehrlich ist, weiß nur, wer sein Geschäftsmodell kennt. Vorher zählt sie wie „Weiß nicht“.`,
      order:
        'Die nächsten Schritte folgen derselben Ordnung: zuerst das Geschäftsmodell, dann das übrige Fundament, zuletzt die Werkzeuge; innerhalb dessen der größte gewichtete Abstand zum Ziel.',
      team: 'Im Team wird je Frage das Mittel der gewählten Stufen gewertet; daraus entsteht der Teamwert jedes Bereichs. Das Mittel der Einzelwerte ist dagegen der Durchschnitt der Punkte, die jede Person für sich erreicht („Weiß ich nicht“ zählt dort wie Stufe 0). Die Einigkeit einer Frage ist der größte Anteil der Personen, deren Stufen höchstens eine auseinanderliegen. Einig ist das Team ab vier von fünf, wenn niemand „Weiß ich nicht“ sagt; geteilt ist es unter drei von fünf oder wenn zwei Lager von je mindestens einem Viertel zwei Stufen und mehr auseinanderliegen. Sagt mindestens jede fünfte Person „Weiß ich nicht“ – oder auch nur eine, wo die Mitte der übrigen bei Stufe 2 oder höher liegt –, wird die Frage ebenfalls zum Gesprächsthema; solche Einzelfälle stehen nach den übrigen Themen. Die Themen sind nach Uneinigkeit geordnet – dem Anteil außerhalb der größten einigen Gruppe, „Weiß ich nicht“ eingeschlossen. Diese Maße hängen nicht von der Zahl der Teilnehmenden ab.',
      levelsHeading: 'Die Reifegrad-Stufen',
      levelRange: (from: string, to: string) => `${from} bis unter ${to} Punkte`,
      levelTop: (from: string) => `ab ${from} Punkten`,
      source: (title: string, version: string) => `Fragebogen: ${title}, Version ${version}. Erstellt mit Groundwork.`,
    },
  },
  {
    documentTitle: (company: string | null) =>
      company ? `Digital maturity assessment – ${company}` : 'Digital maturity assessment',
    subjectSolo: 'Report of a self-assessment: business model, customers, staff, environment and technology',
    subjectTeam: 'Team report of a workshop: where the team agrees and where it does not',
    page: (page: number, total: number) => `Page ${page} of ${total}`,
    cover: {
      eyebrow: 'Digital maturity assessment',
      soloBy: (name: string) => `Assessment by ${name}`,
      soloAnonymous: 'Self-assessment',
      workshop: (title: string) => `Workshop “${title}”`,
      participants: (count: number) => (count === 1 ? 'one person' : `${count} participants`),
      facilitator: (name: string) => `Facilitated by ${name}`,
      date: (date: string) => `As of ${date}`,
      motto: 'The business model first, then the tools – if they are needed at all.',
      preparedBy: 'Prepared with',
      noCompany: 'Your company',
      industry: (industry: string) => `Industry: ${industry}`,
      sizes: {
        '1–9': '1 to 9 employees',
        '10–49': '10 to 49 employees',
        '50–249': '50 to 249 employees',
        '250–499': '250 to 499 employees',
        '500+': '500 employees or more',
      } as Record<string, string>,
      role: (role: string) => `Role: ${role}`,
    },
    summary: {
      ...reportWords.en.figures,
      heading: 'The overall picture',
      of100: (score: string) => `${score} out of 100 points`,
      rule: 'Technology counts only as far as the foundation carries it.',
      toolsCapped: (tools: string, foundation: string, slack: string, counted: string) =>
        `Technology scores ${tools}, the foundation ${foundation}. Technology counts up to the foundation plus a lead of ${slack} points – here ${counted}.`,
      toolsCarried: (foundation: string, slack: string) =>
        `The foundation (${foundation} points, plus a lead of ${slack}) carries the technology: it counts in full.`,
      toolsNone: 'There are no technology answers yet that count.',
      completeness: (answered: number, total: number, percent: string) =>
        `${answered} of ${total} questions answered (${percent}).`,
      partial: 'The assessment is not complete yet; the report scores what has been answered.',
      missing: (list: string) => `Still open: ${list}.`,
      missingItem: (dimension: string, count: number) => `${dimension} (${count})`,
    },
    findings: {
      heading: 'What stands out',
      none: 'Nothing stands out: foundation and tools are in a healthy balance.',
    },
    charts: {
      radarTitle: 'Profile of the areas',
      radarNote: 'Points 0 to 100; the rings are the boundaries of the maturity levels.',
      teamRange:
        'Line: team score (from the combined answers). Band: range in the team (lowest to highest individual score).',
      barsTitle: 'Points per area against the maturity levels',
      foundation: 'Foundation',
      tools: 'Tools',
      target: 'Target',
      notCounted: 'Pale: not counted – beyond what the foundation carries.',
    },
    dimensions: {
      ...reportWords.en.dimensions,
      points: (score: string) => `${score} points`,
      teamPoints: (score: string) => `${LABELS.en.teamScore} ${score} points`,
      notScored: reportWords.en.figures.noScore,
      answered: (answered: number, total: number) => `${answered} of ${total} questions answered`,
      unknown: (count: number) => `${count}× “don’t know”`,
      target: (level: string, gap: string | null) =>
        gap ? `Target: ${level}, ${gap} points to go` : `Target: ${level} – reached`,
    },
    answers: {
      level: LABELS.en.level,
      ...LABELS.en.choices,
      notNeededPending: 'Counts as “don’t know” until the business model is clear.',
      unanswered: 'Not answered yet',
      note: 'Note',
      teamMean: (mean: string) => `Ø ${mean}`,
      teamRange: LABELS.en.levelRange,
      teamNone: 'No level chosen',
      teamClosest: 'Closest to the mean:',
    },
    plan: {
      ...reportWords.en.plan,
      open: 'open',
      none: 'No open steps: the target is reached on every answered point.',
      unknownToday: 'Unknown – find out first where you stand.',
    },
    team: {
      heading: 'The team compared',
      intro: (count: number) => `${count} people answered. Where they differ is the agenda of the workshop.`,
      spreadHeading: 'Range per area',
      dimension: 'Area',
      range: 'Lowest – highest individual score',
      spread: 'Range',
      topicsHeading: 'Discussion topics',
      levelsChosen: 'Levels chosen',
      levelCount: (level: number, count: number) => `level ${level}: ${count}×`,
      rank: (n: number) => `No. ${n}`,
      levelRange: LABELS.en.levelRange,
      moreTopics: (count: number) =>
        count === 1
          ? 'One more topic is in the app’s team report and in the CSV file.'
          : `${count} more topics are in the app’s team report and in the CSV file.`,
      consensus: (count: number) =>
        count === 1 ? 'The team agrees on one question.' : `The team agrees on ${count} questions.`,
      rolesHeading: 'How the roles see it',
      rolesIntro: (first: string, second: string) =>
        `Mean level per question: ${first} against ${second}, largest differences first.`,
      rolesNone: 'A comparison needs participants with at least two different roles.',
      question: 'Question',
      gap: 'Gap',
      participantsHeading: 'Participants',
      anonymous: LABELS.en.participant,
      noRole: LABELS.en.noRole,
      anonymised: 'Names are not shown in this document.',
      roleCount: (role: string, count: number) => `${role}: ${count}`,
      rolesAnonymised:
        'Without names the roles are only counted: beside “Person N” a role would tell in a small team who wrote a note.',
      decisionsHeading: 'Decisions and actions',
      decision: 'Decision',
      action: 'Action',
      owner: 'Who',
      due: 'By when',
    },
    roles: LABELS.en.roles as Record<string, string>,
    method: {
      heading: 'Appendix: how the scores are computed',
      levels:
        'Each question has five levels from 0 to 4; each level describes an observable state – something written, done, measured or decided – so that two honest people in the same company pick the same level.',
      points:
        'An area’s points are the weighted mean of its answers, scaled to 0–100 (level 4 = 100). “Don’t know” counts as level 0: you cannot steer what you do not know. “Does not apply” is left out. An area’s maturity level follows from its points.',
      foundationRule: (slack: string, wF: string, wT: string) =>
        `The foundation rule: the foundation (F) is the weighted mean of business model, customers, staff and environment; technology (T) that of the tools questions. Technology counts only up to the foundation plus a lead of ${slack} points. The overall score is (${wF} · F + ${wT} · min(T, F + ${slack})) ÷ (${wF} + ${wT}). Buying tools before the business model, customers and staff are ready earns no points.`,
      relevanceRule: (threshold: string) =>
        `The relevance rule: for tools, “not needed for our business” is an allowed answer. It leaves the question out only once the business model scores at least ${threshold} points – only those who know their business model can tell that a tool is unnecessary. Before that it counts as “don’t know”.`,
      order:
        'The next steps follow the same order: the business model first, then the rest of the foundation, the tools last; within that, the largest weighted gap to the target.',
      team: 'In a team, each question is scored at the mean of the levels chosen; this gives each area’s team score. The mean of individual scores is instead the average of the points each person reaches alone (where “don’t know” counts as level 0). A question’s agreement is the largest share of people whose levels are at most one apart. The team agrees from four in five, provided nobody says “don’t know”; it is split below three in five, or when two camps of at least a quarter each are two or more levels apart. When at least one person in five says “don’t know” – or even one, where the middle of the others is at level 2 or above – the question is a discussion topic too; such single cases come after the other topics. Topics are ordered by disagreement – the share outside the largest agreeing group, “don’t know” included. None of these measures depends on the number of participants.',
      levelsHeading: 'The maturity levels',
      levelRange: (from: string, to: string) => `${from} to under ${to} points`,
      levelTop: (from: string) => `from ${from} points`,
      source: (title: string, version: string) => `Questionnaire: ${title}, version ${version}. Made with Groundwork.`,
    },
  },
)

export type PdfMessages = (typeof pdfMessages)['de']
