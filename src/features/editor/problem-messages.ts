import type { Locale } from '../../domain/index.ts'

type Say = (...groups: string[]) => string
type Rule = readonly [RegExp, Record<Locale, Say>]

// The domain's schema speaks English (the CLI and files share it); the editor says the same at the
// field in the user's language. A message without a rule here is shown as the schema wrote it.
const RULES: readonly Rule[] = [
  [/^(required|must be text|must not be empty)$/, { de: () => 'Bitte ausfüllen.', en: () => 'Please fill this in.' }],
  [
    /^must be at most (\d+) characters$/,
    { de: (n) => `Höchstens ${n} Zeichen.`, en: (n) => `At most ${n} characters.` },
  ],
  [
    /^must be lowercase letters/,
    {
      de: () => 'Nur Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe (z. B. kunden-2).',
      en: () => 'Lowercase letters, digits and dashes only, starting with a letter (e.g. customers-2).',
    },
  ],
  [
    /^(must be a number|Invalid input: expected number.*)$/,
    { de: () => 'Bitte eine Zahl im erlaubten Bereich.', en: () => 'Please enter a number in the allowed range.' },
  ],
  [/^Invalid input: expected int/, { de: () => 'Bitte eine ganze Zahl.', en: () => 'Please enter a whole number.' }],
  [/^must be greater than 0$/, { de: () => 'Muss größer als 0 sein.', en: () => 'Must be greater than 0.' }],
  [
    /^(?:must be at most|Too big: expected number to be <=)\s?(\d+(?:\.\d+)?)$/,
    { de: (n) => `Höchstens ${n}.`, en: (n) => `At most ${n}.` },
  ],
  [
    /^Too small: expected number to be >=?(\d+(?:\.\d+)?)$/,
    { de: (n) => `Mindestens ${n}.`, en: (n) => `At least ${n}.` },
  ],
  [
    /^must look like 1\.0/,
    { de: () => 'Eine Versionsnummer wie 2.1 oder 2.1.0.', en: () => 'A version number such as 2.1 or 2.1.0.' },
  ],
  [
    /^duplicate id "(.*)"$/,
    { de: (id) => `Die Kennung „${id}“ ist schon vergeben.`, en: (id) => `The id “${id}” is already taken.` },
  ],
  [
    /^unknown dimension "(.*)"$/,
    { de: (id) => `Es gibt keinen Bereich „${id}“.`, en: (id) => `There is no area “${id}”.` },
  ],
  [
    /^unknown question "(.*)"$/,
    { de: (id) => `Es gibt keine Frage „${id}“.`, en: (id) => `There is no question “${id}”.` },
  ],
  [
    /^dimension "(.*)" has no questions$/,
    {
      de: (id) => `Der Bereich „${id}“ hat keine Fragen.`,
      en: (id) => `The area “${id}” has no questions.`,
    },
  ],
  [
    /^needs at least one foundation dimension$/,
    {
      de: () => 'Mindestens ein Bereich muss zum Fundament gehören.',
      en: () => 'At least one area must be foundation.',
    },
  ],
  [
    /^must be a foundation-layer dimension$/,
    { de: () => 'Muss ein Bereich des Fundaments sein.', en: () => 'Must be a foundation area.' },
  ],
  [
    /only offered on tools-layer questions$/,
    {
      de: () => '„Für unser Geschäft nicht nötig“ gibt es nur bei Fragen eines Technologie-Bereichs.',
      en: () => '“Not needed for our business” is only offered on questions of a technology area.',
    },
  ],
  [/^duplicate order/, { de: () => 'Diese Reihenfolge ist doppelt.', en: () => 'This order is taken twice.' }],
  [
    /^the first level must start at 0$/,
    { de: () => 'Die erste Stufe beginnt bei 0.', en: () => 'The first level starts at 0.' },
  ],
  [
    /^must be greater than the previous level's min \((.*)\)$/,
    {
      de: (n) => `Muss über der Untergrenze der vorigen Stufe (${n}) liegen.`,
      en: (n) => `Must be above the previous level's lower bound (${n}).`,
    },
  ],
  [/^must be below 100$/, { de: () => 'Muss unter 100 liegen.', en: () => 'Must be below 100.' }],
  [
    /^must be an earlier version than this one$/,
    { de: () => 'Muss eine frühere Version sein.', en: () => 'Must be an earlier version.' },
  ],
  [
    /^must (?:have|list) at least (?:one|two) /,
    {
      de: () => 'Hier fehlt mindestens ein Eintrag.',
      en: () => 'At least one entry is missing here.',
    },
  ],
]

/** A schema problem in the user's language. */
export function sayProblem(message: string, locale: Locale): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(message)
    if (match) return say[locale](...match.slice(1))
  }
  return message
}
