import { LABELS } from '../../domain/index.ts'
import { defineMessages } from '../../i18n/define-messages.ts'

/** Field labels, and what each weight and scoring parameter changes (as src/domain/scoring computes it). */
export const fieldMessages = defineMessages(
  {
    de: 'Deutsch',
    en: 'Englisch',
    general: {
      title: 'Titel',
      description: 'Beschreibung',
      id: 'Kennung',
      idHint: 'Gleiche Kennung heißt: derselbe Fragebogen, in einer anderen Version.',
      version: 'Version',
    },
    dimension: {
      heading: 'Bereich',
      title: 'Name des Bereichs',
      description: 'Beschreibung',
      id: 'Kennung',
      layer: 'Ebene',
      foundation: 'Fundament',
      tools: 'Technologie',
      layerHint:
        'Fundament: Geschäftsmodell, Kunden, Mitarbeitende, Umfeld. Technologie zählt nur so weit, wie das Fundament sie trägt.',
      weight: 'Gewicht',
      weightHint:
        'Gewicht des Bereichs im Mittel seiner Ebene (Fundament F oder Technologie T) und beim Rang seiner Schritte im Plan.',
      remove: 'Bereich mit seinen Fragen entfernen',
    },
    question: {
      heading: 'Frage',
      id: 'Kennung',
      idHint: 'Antworten hängen an der Kennung: Bei gleicher Kennung gilt eine Antwort als dieselbe Frage.',
      dimension: 'Bereich',
      title: 'Kurzname',
      prompt: 'Frage',
      why: 'Warum das wichtig ist',
      weight: 'Gewicht',
      weightHint:
        'Gewicht der Frage im Wert ihres Bereichs (gewichtetes Mittel der Stufen) und beim Rang ihres Schritts im Plan (Abstand zum Ziel × Gewicht).',
      options: 'Zusätzliche Antworten',
      dontKnow: '„Weiß nicht“ anbieten',
      notApplicable: '„Trifft nicht zu“ anbieten',
      notNeeded: '„Für unser Geschäft nicht nötig“ anbieten (nur Technologie)',
      levels: 'Stufen und Empfehlungen',
      level: LABELS.de.level,
      statement: 'Aussage',
      recommendation: (n: number) => (n === 4 ? 'Empfehlung: wie die Stufe halten' : 'Empfehlung: nächster Schritt'),
      remove: 'Frage entfernen',
    },
    adoption: {
      intro: 'Einleitung',
      item: (n: number) => `Werkzeug ${n}`,
      title: 'Art des Werkzeugs',
      examples: 'Beispiele',
      worthItWhen: 'Lohnt sich, wenn',
      settleFirst: 'Vorher zu klären (Kennungen von Fragen, mit Komma getrennt)',
      settleFirstHint: 'Diese Fragen sollten mindestens Stufe 2 erreichen, bevor man so ein Werkzeug kauft.',
      weight: 'Gewicht',
      weightHint: 'Gewicht im Einführungsindex und in der Nutzungsquote.',
      add: 'Werkzeug hinzufügen',
      remove: 'Werkzeug entfernen',
      moveUp: 'Nach oben',
      moveDown: 'Nach unten',
      none: 'Dieser Fragebogen hat kein Werkzeug-Inventar.',
    },
    scoring: {
      heading: 'Bewertung',
      intro: 'Jeder Wert wirkt sofort auf den Beispielbericht in der Vorschau.',
      foundationWeight: 'Gewicht des Fundaments (wF)',
      foundationWeightHint:
        'Gesamtwert = (wF · F + wT · gezähltes T) / (wF + wT). Höher: Das Fundament prägt den Gesamtwert stärker.',
      toolsWeight: 'Gewicht der Technologie (wT)',
      toolsWeightHint:
        'Das wT derselben Formel. Höher: Technologie zählt mehr – aber nur so weit, wie das Fundament sie trägt.',
      toolSlack: 'Spielraum der Technologie (Punkte)',
      toolSlackHint:
        'Um so viele Punkte darf T über F liegen und zählt noch ganz; darüber wird T auf F + Spielraum gekappt. 0: Technologie zählt höchstens so viel wie das Fundament.',
      businessModelDimension: 'Bereich des Geschäftsmodells',
      businessModelDimensionHint:
        'Sein Wert entscheidet die Relevanzregel, den Befund „schwaches Geschäftsmodell“, „Werkzeuge vor dem Fundament“ und die Karte. Muss ein Fundament-Bereich sein.',
      relevanceThreshold: 'Relevanzschwelle',
      relevanceThresholdHint:
        'Ab diesem Geschäftsmodell-Wert nimmt „für unser Geschäft nicht nötig“ eine Technologie-Frage aus der Wertung; darunter zählt die Antwort wie „weiß nicht“.',
      weakBusinessModelBelow: 'Schwaches Geschäftsmodell unter',
      weakBusinessModelBelowHint:
        'Liegt der Geschäftsmodell-Wert darunter, erscheint der Befund „schwaches Geschäftsmodell“ und prägt die Kernaussage des Berichts.',
      adoptionAheadMargin: 'Werkzeuge voraus ab (Punkte)',
      adoptionAheadMarginHint:
        '„Werkzeuge vor dem Fundament“ erscheint, wenn der Einführungsindex den Geschäftsmodell-Wert um mehr als so viele Punkte übersteigt …',
      wellUsedShare: 'Gut genutzt ab (Anteil 0–1)',
      wellUsedShareHint:
        '… und weniger als dieser Anteil der eingeführten Werkzeuge von den meisten genutzt wird, für die sie gekauft wurden.',
      foundationCarriesFrom: 'Fundament trägt ab',
      foundationCarriesFromHint:
        'Erreichen Fundament und Geschäftsmodell diesen Wert, trägt das Fundament Werkzeuge; auch die senkrechte Linie der Karte.',
      adoptionLagsBelow: 'Einführung hinkt unter',
      adoptionLagsBelowHint:
        'Liegt der Einführungsindex bei tragendem Fundament darunter, nennt der Bericht, wo ein Werkzeug jetzt helfen kann; auch die waagrechte Linie der Karte.',
      laggingAreaGap: 'Zurückliegender Bereich ab (Punkte)',
      laggingAreaGapHint:
        'Liegt ein Fundament-Bereich (außer dem Geschäftsmodell) so weit unter dem Mittel der übrigen, nennt ihn der Bericht (ab drei bewerteten Fundament-Bereichen).',
      manyUnknownsShare: 'Viele Unbekannte ab (Anteil 0–1)',
      manyUnknownsShareHint:
        'Ab diesem Anteil „weiß nicht“ unter den Antworten eines Bereichs erscheint der Befund „viele Unbekannte“.',
      actionPlanSize: 'Schritte oben im Plan',
      actionPlanSizeHint: 'So viele nächste Schritte zeigt der Bericht oben (1–20).',
      levels: 'Reifegrade',
      levelsHint:
        'Ein Wert von 0–100 fällt in den letzten Reifegrad, dessen Untergrenze er erreicht; der erste beginnt bei 0.',
      levelName: (n: number) => `Reifegrad ${n}: Name`,
      levelMin: (n: number) => `Reifegrad ${n}: Untergrenze`,
    },
  },
  {
    de: 'German',
    en: 'English',
    general: {
      title: 'Title',
      description: 'Description',
      id: 'Id',
      idHint: 'The same id means: the same questionnaire, in another version.',
      version: 'Version',
    },
    dimension: {
      heading: 'Area',
      title: 'Name of the area',
      description: 'Description',
      id: 'Id',
      layer: 'Layer',
      foundation: 'Foundation',
      tools: 'Technology',
      layerHint:
        'Foundation: business model, customers, staff, environment. Technology counts only as far as the foundation carries it.',
      weight: 'Weight',
      weightHint:
        "The area's weight in the mean of its layer (foundation F or technology T) and in the rank of its steps in the plan.",
      remove: 'Remove the area with its questions',
    },
    question: {
      heading: 'Question',
      id: 'Id',
      idHint: 'Answers belong to the id: with the same id an answer counts as the same question.',
      dimension: 'Area',
      title: 'Short name',
      prompt: 'Question',
      why: 'Why it matters',
      weight: 'Weight',
      weightHint:
        "The question's weight in its area's score (weighted mean of the levels) and in the rank of its step in the plan (gap to the target × weight).",
      options: 'Additional answers',
      dontKnow: 'Offer “don’t know”',
      notApplicable: 'Offer “does not apply”',
      notNeeded: 'Offer “not needed for our business” (technology only)',
      levels: 'Levels and recommendations',
      level: LABELS.en.level,
      statement: 'Statement',
      recommendation: (n: number) => (n === 4 ? 'Recommendation: how to keep the level' : 'Recommendation: next step'),
      remove: 'Remove question',
    },
    adoption: {
      intro: 'Introduction',
      item: (n: number) => `Tool ${n}`,
      title: 'Kind of tool',
      examples: 'Examples',
      worthItWhen: 'Worth it when',
      settleFirst: 'Settle first (question ids, separated by commas)',
      settleFirstHint: 'These questions should reach at least level 2 before buying such a tool.',
      weight: 'Weight',
      weightHint: 'Weight in the adoption index and in the use rate.',
      add: 'Add tool',
      remove: 'Remove tool',
      moveUp: 'Move up',
      moveDown: 'Move down',
      none: 'This questionnaire has no tool inventory.',
    },
    scoring: {
      heading: 'Scoring',
      intro: 'Every value acts at once on the sample report in the preview.',
      foundationWeight: 'Weight of the foundation (wF)',
      foundationWeightHint:
        'Overall = (wF · F + wT · counted T) / (wF + wT). Higher: the foundation shapes the overall score more.',
      toolsWeight: 'Weight of technology (wT)',
      toolsWeightHint:
        'The wT of the same formula. Higher: technology counts more – but only as far as the foundation carries it.',
      toolSlack: 'Technology slack (points)',
      toolSlackHint:
        'T may lie this many points above F and still count in full; above that T is capped at F + slack. 0: technology counts at most as much as the foundation.',
      businessModelDimension: 'Business-model area',
      businessModelDimensionHint:
        'Its score decides the relevance rule, the “weak business model” and “tools ahead of the foundation” findings and the map. Must be a foundation area.',
      relevanceThreshold: 'Relevance threshold',
      relevanceThresholdHint:
        'From this business-model score on, “not needed for our business” takes a technology question out of the score; below it the answer counts as “don’t know”.',
      weakBusinessModelBelow: 'Weak business model below',
      weakBusinessModelBelowHint:
        'Below this business-model score the “weak business model” finding appears and shapes the report’s headline.',
      adoptionAheadMargin: 'Tools ahead from (points)',
      adoptionAheadMarginHint:
        '“Tools ahead of the foundation” appears when the adoption index exceeds the business-model score by more than this …',
      wellUsedShare: 'Well used from (share 0–1)',
      wellUsedShareHint:
        '… and less than this share of the introduced tools is used by most of the people they were bought for.',
      foundationCarriesFrom: 'Foundation carries from',
      foundationCarriesFromHint:
        "When foundation and business model reach this score, the foundation carries tools; also the map's vertical line.",
      adoptionLagsBelow: 'Adoption lags below',
      adoptionLagsBelowHint:
        "With a foundation that carries, an adoption index below this makes the report name where a tool may help now; also the map's horizontal line.",
      laggingAreaGap: 'Lagging area from (points)',
      laggingAreaGapHint:
        'A foundation area (other than the business model) this far below the mean of the others is named by the report (from three scored foundation areas).',
      manyUnknownsShare: 'Many unknowns from (share 0–1)',
      manyUnknownsShareHint:
        'From this share of “don’t know” among an area’s answers, the “many unknowns” finding appears.',
      actionPlanSize: 'Steps at the top of the plan',
      actionPlanSizeHint: 'How many next steps the report shows at the top (1–20).',
      levels: 'Maturity levels',
      levelsHint:
        'A score 0–100 falls into the last maturity level whose lower bound it reaches; the first starts at 0.',
      levelName: (n: number) => `Maturity level ${n}: name`,
      levelMin: (n: number) => `Maturity level ${n}: lower bound`,
    },
  },
)
