import type { Quadrant } from '../domain/index.ts'
import { defineMessages } from './define-messages.ts'

/** The map of foundation against tools introduced: the same words on screen, in the PDF and in the team report. */
export const adoptionMapMessages = defineMessages(
  {
    heading: 'Geschäftsmodell und eingeführte Werkzeuge',
    lead: 'Waagerecht, wie weit das eigene Geschäftsmodell verstanden ist – der Kern des Fundaments; senkrecht, wie viel an Werkzeugen eingeführt ist. Links oben steht, wer Werkzeuge gekauft hat, bevor das Geschäft verstanden war.',
    foundationAxis: 'Geschäftsmodell (0–100)',
    adoptionAxis: 'Eingeführte Werkzeuge (0–100)',
    quadrants: {
      toolsFirst: 'Werkzeuge zuerst',
      notYetStarted: 'Noch am Anfang',
      groundedLean: 'Solide und schlank',
      groundedEquipped: 'Solide und ausgestattet',
    } satisfies Record<Quadrant, string>,
    quadrantMeaning: {
      toolsFirst: 'Mehr gekauft, als das Verständnis des eigenen Geschäfts trägt.',
      notYetStarted: 'Weder das Geschäftsmodell noch die Werkzeuge sind weit: Beginnen Sie beim Geschäftsmodell.',
      groundedLean: 'Ein verstandenes Geschäftsmodell mit wenigen Werkzeugen – die richtige Reihenfolge.',
      groundedEquipped: 'Ein verstandenes Geschäftsmodell, und Werkzeuge sind eingeführt.',
    } satisfies Record<Quadrant, string>,
    toolsFirstButUsed:
      'Mehr eingeführt, als das Geschäftsmodell bisher trägt – genutzt wird es aber. Klären Sie das Geschäftsmodell, bevor Sie weiter kaufen.',
    chartLabel: (summary: string) => `Karte: Geschäftsmodell waagerecht, eingeführte Werkzeuge senkrecht. ${summary}`,
    pointSummary: (label: string, foundation: string, adoption: string, quadrant: string) =>
      `${label}: Geschäftsmodell ${foundation}, Werkzeuge ${adoption} – ${quadrant}`,
    tableCaption: 'Die Karte als Tabelle',
    who: 'Wer',
    foundation: 'Geschäftsmodell',
    adoption: 'Eingeführte Werkzeuge',
    useRate: 'Davon von den meisten genutzt',
    quadrant: 'Feld',
    company: 'Ihr Unternehmen',
    team: 'Team',
    none: '–',
    inventory: 'Ihr Werkzeug-Inventar',
    noInventory: 'Das Werkzeug-Inventar ist noch nicht beantwortet: Die Karte erscheint, sobald es beantwortet ist.',
  },
  {
    heading: 'Business model and tools introduced',
    lead: 'Across, how far the business model is understood – the core of the foundation; up, how much in tools has been introduced. Top left is where a company bought tools before it understood its business.',
    foundationAxis: 'Business model (0–100)',
    adoptionAxis: 'Tools introduced (0–100)',
    quadrants: {
      toolsFirst: 'Tools first',
      notYetStarted: 'Not yet started',
      groundedLean: 'Grounded and lean',
      groundedEquipped: 'Grounded and equipped',
    },
    quadrantMeaning: {
      toolsFirst: 'More bought than the understanding of the business carries.',
      notYetStarted: 'Neither the business model nor the tools are far along: start with the business model.',
      groundedLean: 'A business model that is understood, with few tools – the right order.',
      groundedEquipped: 'A business model that is understood, and tools introduced.',
    },
    toolsFirstButUsed:
      'More introduced than the business model carries so far – but it is used. Settle the business model before buying more.',
    chartLabel: (summary: string) => `Map: business model across, tools introduced up. ${summary}`,
    pointSummary: (label: string, foundation: string, adoption: string, quadrant: string) =>
      `${label}: business model ${foundation}, tools ${adoption} – ${quadrant}`,
    tableCaption: 'The map as a table',
    who: 'Who',
    foundation: 'Business model',
    adoption: 'Tools introduced',
    useRate: 'Of which used by most',
    quadrant: 'Field',
    company: 'Your company',
    team: 'Team',
    none: '–',
    inventory: 'Your tool inventory',
    noInventory: 'The tool inventory is not answered yet: the map appears once it is.',
  },
)
