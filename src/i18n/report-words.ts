import { defineMessages } from './define-messages.ts'

/**
 * The words the on-screen report and the PDF share, written once: the plan's labels, the figures' names
 * and the dimension sections' headings. Sentences that address the reader differently (you / the company)
 * stay with each renderer.
 */
export const reportWords = defineMessages(
  {
    plan: {
      heading: 'Die nächsten Schritte',
      intro:
        'Oben, im Wechsel: Risiken, die nicht warten, das Geschäftsmodell und der schwächste Bereich des übrigen Fundaments; zuletzt die Werkzeuge – jeweils die größten Abstände zum Ziel zuerst. Jeder Schritt ist in einer Woche und ohne Anschaffung machbar.',
      risk: 'Risiko, das nicht wartet',
      owner: 'Wer',
      due: 'Bis wann',
      today: 'Heute',
      next: 'Nächste Stufe',
      why: 'Warum das zählt',
      allHeading: 'Alle Empfehlungen nach Bereich',
    },
    figures: {
      overall: 'Reifegrad insgesamt',
      levelOf: (n: number, total: number) => `Stufe ${n} von ${total}`,
      foundation: 'Fundament (F)',
      tools: 'Technologie (T)',
      toolsCounted: 'davon gezählt',
      noScore: 'Noch keine Wertung',
    },
    dimensions: {
      foundationHeading: 'Das Fundament',
      foundationIntro:
        'Die Bereiche, auf denen alles Weitere aufbaut – das Geschäftsmodell zuerst. Hier entscheidet sich, ob Werkzeuge später etwas bewirken.',
      toolsHeading: 'Werkzeuge und Technologie',
      toolsIntro: 'Technologie zählt nur so weit, wie das Fundament sie trägt.',
    },
  },
  {
    plan: {
      heading: 'Your next steps',
      intro:
        'At the top, taking turns: risks that do not wait, the business model and the weakest area of the rest of the foundation; tools last – each with the largest gaps to the target first. Every step can be taken within a week and without buying anything.',
      risk: 'A risk that does not wait',
      owner: 'Who',
      due: 'By when',
      today: 'Today',
      next: 'Next level',
      why: 'Why it matters',
      allHeading: 'All recommendations by area',
    },
    figures: {
      overall: 'Overall maturity',
      levelOf: (n: number, total: number) => `level ${n} of ${total}`,
      foundation: 'Foundation (F)',
      tools: 'Technology (T)',
      toolsCounted: 'of which counted',
      noScore: 'Not scored yet',
    },
    dimensions: {
      foundationHeading: 'The foundation',
      foundationIntro:
        'The areas everything else is built on – the business model first. This is where it is decided whether tools will achieve anything later.',
      toolsHeading: 'Tools and technology',
      toolsIntro: 'Technology counts only as far as the foundation carries it.',
    },
  },
)
