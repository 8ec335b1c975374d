import type { Locale } from './questionnaire/schema.ts'
import type { AdoptionChoice, SpecialChoice } from './response/schema.ts'
import type { QuestionKind } from './team/agreement.ts'
import type { DEFAULT_ROLES } from './team/workshop.ts'

/**
 * The labels every renderer shares – screen, print, PDF, team report and CSV – so an answer, a role
 * or an anonymous participant is called the same everywhere. Sentences live with their features;
 * words that name data live here.
 */
export interface Labels {
  choices: Record<SpecialChoice, string>
  adoption: Record<AdoptionChoice, string>
  roles: Record<(typeof DEFAULT_ROLES)[number], string>
  noRole: string
  /** An anonymised participant: the same in every export. */
  participant: (n: number) => string
  level: (n: number) => string
  /** The levels a group chose: "alle Stufe 2", "Stufen 1–3". */
  levelRange: (min: number, max: number) => string
  /** The team's figures, named apart: a dimension scored from the combined answers… */
  teamScore: string
  /** …and the mean of each person's own score of the dimension. */
  individualMean: string
  /** The share of the people on two neighbouring levels (the largest such group), in percent. */
  agreement: string
  /** What the room's answers to a question amount to. */
  kinds: Record<QuestionKind, string>
  /** A number of people: "1 Person", "3 Personen" / "1 person", "3 people". */
  people: (n: number) => string
}

/**
 * The singular for exactly one, otherwise the plural – the rule German and English share, written once:
 * `oneOrMany(n, 'wartet', 'warten')`.
 */
export function oneOrMany<Word>(count: number, one: Word, many: Word): Word {
  return count === 1 ? one : many
}

/** A number with its noun, in every catalog of both languages: `countedNoun(3, 'Frage', 'Fragen')` → "3 Fragen". */
export function countedNoun(count: number, one: string, many: string): string {
  return `${count} ${oneOrMany(count, one, many)}`
}

export const LABELS: Record<Locale, Labels> = {
  de: {
    choices: {
      dontKnow: 'Weiß ich nicht',
      notApplicable: 'Trifft auf uns nicht zu',
      notNeeded: 'Für unser Geschäft nicht nötig',
    },
    adoption: {
      notIntroduced: 'Nicht eingeführt',
      fewUse: 'Eingeführt, von wenigen genutzt',
      mostUse: 'Von den meisten genutzt',
      notNeeded: 'Für uns nicht nötig',
      dontKnow: 'Weiß ich nicht',
    },
    roles: {
      management: 'Geschäftsführung',
      staff: 'Mitarbeitende',
      'sales-service': 'Vertrieb und Service',
      production: 'Produktion und Werkstatt',
      administration: 'Verwaltung',
    },
    noRole: 'ohne Rolle',
    participant: (n) => `Person ${n}`,
    level: (n) => `Stufe ${n}`,
    levelRange: (min, max) => (min === max ? `alle Stufe ${min}` : `Stufen ${min}–${max}`),
    teamScore: 'Teamwert',
    individualMean: 'Mittel der Einzelwerte',
    agreement: 'Einigkeit',
    kinds: {
      agreement: 'Einig',
      mixed: 'Gemischt',
      split: 'Geteilt',
      unknown: 'Nicht alle wissen es',
      nobodyKnows: 'Niemand weiß es',
      tooFew: 'Zu wenige Antworten',
    },
    people: (n) => countedNoun(n, 'Person', 'Personen'),
  },
  en: {
    choices: {
      dontKnow: 'Don’t know',
      notApplicable: 'Does not apply to us',
      notNeeded: 'Not needed for our business',
    },
    adoption: {
      notIntroduced: 'Not introduced',
      fewUse: 'Introduced, used by few',
      mostUse: 'Used by most',
      notNeeded: 'Not needed for us',
      dontKnow: 'Don’t know',
    },
    roles: {
      management: 'Management',
      staff: 'Staff',
      'sales-service': 'Sales and service',
      production: 'Production and workshop',
      administration: 'Administration',
    },
    noRole: 'no role',
    participant: (n) => `Person ${n}`,
    level: (n) => `Level ${n}`,
    levelRange: (min, max) => (min === max ? `all at level ${min}` : `levels ${min}–${max}`),
    teamScore: 'Team score',
    individualMean: 'Mean of individual scores',
    agreement: 'Agreement',
    kinds: {
      agreement: 'Agreed',
      mixed: 'Mixed',
      split: 'Split',
      unknown: 'Not everyone knows',
      nobodyKnows: 'Nobody knows',
      tooFew: 'Too few answers',
    },
    people: (n) => countedNoun(n, 'person', 'people'),
  },
}

/** A role's readable name: the default roles translated, a facilitator's own as typed. */
export function roleName(locale: Locale, role: string | undefined): string {
  const labels = LABELS[locale]
  if (!role) return labels.noRole
  return Object.hasOwn(labels.roles, role) ? labels.roles[role as keyof Labels['roles']] : role
}
