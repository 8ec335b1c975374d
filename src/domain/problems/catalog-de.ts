import { countedNoun, oneOrMany } from '../labels.ts'
import { listed, quoted, type KindWords, type Sentences } from './catalog.ts'
import type { ShownValue } from './issue.ts'

const q = (value: ShownValue) => quoted(value, '„', '“')
const subject = (value: ShownValue | undefined) => (value === undefined ? 'der Wert' : q(value))
const or = (values: readonly ShownValue[]) => listed(values.map(q), 'oder')
const kind: KindWords = {
  text: 'ein Text',
  number: 'eine Zahl',
  whole: 'eine ganze Zahl',
  boolean: 'true oder false',
  list: 'eine Liste [ … ]',
  object: 'ein Objekt { … }',
  null: 'null',
  other: 'ein Wert',
}
const SPECIALS = listed(['dontKnow', 'notApplicable', 'notNeeded'].map(q), 'und')
const FORMATS: Record<string, string> = {
  'groundwork-response': 'keine Groundwork-Antwortdatei',
  'groundwork-workshop': 'keine Groundwork-Workshopdatei',
  'groundwork-workspace': 'keine Groundwork-Sicherung',
}
const entries = (n: number) => countedNoun(n, 'Eintrag', 'Einträge')

/** German: what the German interface and `groundwork --lang de` say. */
export const deSentences: Sentences = {
  missing: (i) => `fehlt – erwartet wird ${kind[i.expected]}`,
  type: (i) => `${subject(i.value)} ist ${kind[i.got]} – erwartet wird ${kind[i.expected]}`,
  too_small: (i) => {
    if (i.of === 'text')
      return i.limit <= 1 ? 'ist leer – hier gehört ein Text hin' : `ist zu kurz – mindestens ${i.limit} Zeichen`
    if (i.of === 'list') return `braucht ${i.exact ? 'genau' : 'mindestens'} ${entries(i.limit)}`
    return `${subject(i.value)} ist zu klein – erlaubt ist ${i.inclusive ? 'mindestens' : 'mehr als'} ${i.limit}`
  },
  too_big: (i) => {
    if (i.of === 'text') return `ist zu lang – höchstens ${i.limit} Zeichen`
    if (i.of === 'list')
      return i.exact ? `braucht genau ${entries(i.limit)}` : `hat zu viele Einträge – höchstens ${i.limit}`
    return `${subject(i.value)} ist zu groß – erlaubt ist ${i.inclusive ? 'höchstens' : 'weniger als'} ${i.limit}`
  },
  one_of: (i) =>
    `${subject(i.value)} ist nicht erlaubt – ${oneOrMany(i.values.length, `erlaubt ist nur ${or(i.values)}`, `erlaubt sind ${or(i.values)}`)}`,
  unknown_keys: (i) =>
    i.keys.length === 1
      ? `das Feld ${q(i.keys[0]!)} gehört nicht hierher – bitte entfernen`
      : `die Felder ${listed(i.keys.map(q), 'und')} gehören nicht hierher – bitte entfernen`,
  must_be: (i) => {
    const what = subject(i.value)
    switch (i.rule) {
      case 'choice':
        return `${what} gibt es nicht – erlaubt sind die Stufen 0 bis 4, ${SPECIALS}`
      case 'level':
        return `${what} gibt es nicht – erlaubt sind die Stufen 0 bis 4`
      case 'identifier':
        return `${what} ist keine gültige Kennung – erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche, am Anfang ein Buchstabe, höchstens 64 Zeichen`
      case 'version':
        return `${what} ist keine Versionsnummer – erlaubt ist eine Form wie 1.0 oder 1.0.0`
      case 'date':
        return `${what} ist kein Datum – erlaubt ist eine Form wie 2026-12-31`
      case 'datetime':
        return `${what} ist kein Zeitpunkt – erlaubt ist eine Form wie 2026-12-31T09:30:00Z`
      case 'colour':
        return `${what} ist keine Farbe – erlaubt ist eine Form wie #1d5c63`
      case 'logo':
        return 'ist kein Bild – erlaubt sind PNG oder JPEG als data URL'
    }
  },
  invalid: (i) => `${subject(i.value)} ist hier nicht gültig`,
  not_json: (i) => `kein gültiges JSON, vielleicht abgeschnitten (${i.detail})`,
  not_object: () => 'muss ein JSON-Objekt { … } sein',
  foreign_format: (i) => `${FORMATS[i.format] ?? 'keine Groundwork-Datei'} (erwartet wird format „${i.format}“)`,
  format_version: () => 'muss eine ganze Zahl ab 1 sein',
  newer_version: (i) => `Version ${i.version} stammt aus einem neueren Groundwork; dieses liest bis Version ${i.max}`,
  no_upgrade: (i) => `von Version ${i.version} gibt es keine Umstellung`,
  duplicate_id: (i) => `die Kennung ${q(i.id)} kommt mehrfach vor – jede Kennung darf nur einmal vorkommen`,
  duplicate_record: (i) => `${q(i.id)} ist schon die Kennung von ${i.first}`,
  duplicate_order: (i) => `die Reihenfolge ${i.order} kommt mehrfach vor – jede Zahl darf nur einmal vorkommen`,
  unknown_dimension: (i) => `den Bereich ${q(i.id)} gibt es nicht – erlaubt sind die Kennungen unter „dimensions“`,
  unknown_question: (i) => `die Frage ${q(i.id)} gibt es nicht – erlaubt sind die Kennungen unter „questions“`,
  not_needed_on_tools: () =>
    '„für unser Geschäft nicht nötig“ ist nur bei Fragen eines Werkzeug-Bereichs (layer „tools“) erlaubt',
  dimension_without_questions: (i) => `der Bereich ${q(i.id)} hat keine Fragen – jeder Bereich braucht mindestens eine`,
  needs_foundation: () => 'mindestens ein Bereich muss zum Fundament gehören (layer „foundation“)',
  must_be_foundation: () => 'muss ein Bereich des Fundaments sein (layer „foundation“)',
  first_level_at_zero: () => 'die erste Stufe muss bei 0 beginnen',
  level_min_ascending: (i) => `muss größer sein als die Untergrenze der vorigen Stufe (${i.previous})`,
  level_min_below_100: () => 'muss unter 100 liegen',
  earlier_version: () => 'muss eine frühere Version als diese sein',
  other_questionnaire: (i) =>
    `beantwortet den Fragebogen ${q(i.id)}${i.version ? ` Version ${i.version}` : ''}, nicht ${q(i.expectedId)}${i.expectedVersion ? ` Version ${i.expectedVersion}` : ''}`,
  no_carry_over: (i) =>
    `beantwortet Version ${i.version}; Version ${i.targetVersion} von ${q(i.id)} kann diese Antworten nicht übernehmen`,
  no_such_question: () => 'diese Frage gibt es in diesem Fragebogen nicht',
  choice_not_offered: (i) => `${q(i.choice)} wird bei dieser Frage nicht angeboten`,
  no_such_item: () => 'diese Werkzeugart gibt es in der Bestandsaufnahme dieses Fragebogens nicht',
  link_empty: () => 'der Link enthält keine Antworten oder ist zu lang',
  link_characters: () => 'der Link ist beschädigt: er enthält Zeichen, die ein Groundwork-Link nie hat',
  link_damaged: () =>
    'der Link ist beschädigt oder unvollständig: seine Antworten lassen sich nicht entpacken (beim Kopieren abgeschnitten?)',
  link_too_many: (i) =>
    i.what === 'answers'
      ? 'der Link enthält mehr Antworten, als der Fragebogen Fragen hat'
      : 'der Link enthält mehr Antworten zur Bestandsaufnahme, als der Fragebogen Werkzeugarten hat',
  not_answer_link: () => 'das ist kein Groundwork-Antwortlink',
  record_id: (i) => (i.expected ? `muss ${q(i.expected)} sein` : 'muss die Kennung des Eintrags sein'),
  storage_format: () => 'kein Speicherformat, das diese Version von Groundwork kennt',
  needs_id_and_date: () => 'braucht eine Kennung und ein Datum',
  set_aside_before: () => 'von einer früheren Version von Groundwork beiseitegelegt',
  file_not_found: () => 'Datei nicht gefunden',
  unreadable: (i) => `Datei nicht lesbar (${i.detail})`,
}
