import { countedNoun, oneOrMany } from '../labels.ts'
import { listed, quoted, type KindWords, type Sentences } from './catalog.ts'
import type { ShownValue } from './issue.ts'

const q = (value: ShownValue) => quoted(value, '“', '”')
const subject = (value: ShownValue | undefined) => (value === undefined ? 'the value' : q(value))
const or = (values: readonly ShownValue[]) => listed(values.map(q), 'or')
const kind: KindWords = {
  text: 'a text',
  number: 'a number',
  whole: 'a whole number',
  boolean: 'true or false',
  list: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
  other: 'a value',
}
const SPECIALS = listed(['dontKnow', 'notApplicable', 'notNeeded'].map(q), 'and')
const FORMATS: Record<string, string> = {
  'groundwork-response': 'a Groundwork response file',
  'groundwork-workshop': 'a Groundwork workshop file',
  'groundwork-workspace': 'a Groundwork workspace backup',
}

/** English: the CLI's default, and the `message` every problem carries. */
export const enSentences: Sentences = {
  missing: (i) => `missing — expected ${kind[i.expected]}`,
  type: (i) => `${subject(i.value)} is ${kind[i.got]} — expected ${kind[i.expected]}`,
  too_small: (i) => {
    if (i.of === 'text')
      return i.limit <= 1 ? 'is empty — a text is needed' : `is too short — at least ${i.limit} characters`
    if (i.of === 'list')
      return `${i.exact ? 'needs exactly' : 'needs at least'} ${countedNoun(i.limit, 'entry', 'entries')}`
    return `${subject(i.value)} is too small — allowed is ${i.inclusive ? 'at least' : 'more than'} ${i.limit}`
  },
  too_big: (i) => {
    if (i.of === 'text') return `is too long — at most ${countedNoun(i.limit, 'character', 'characters')}`
    if (i.of === 'list')
      return i.exact
        ? `needs exactly ${countedNoun(i.limit, 'entry', 'entries')}`
        : `has too many entries — at most ${i.limit}`
    return `${subject(i.value)} is too big — allowed is ${i.inclusive ? 'at most' : 'less than'} ${i.limit}`
  },
  one_of: (i) =>
    `${subject(i.value)} is not allowed — ${oneOrMany(i.values.length, `only ${or(i.values)} is`, `allowed are ${or(i.values)}`)}`,
  unknown_keys: (i) =>
    `${oneOrMany(i.keys.length, 'field', 'fields')} ${listed(i.keys.map(q), 'and')} ${oneOrMany(i.keys.length, 'does', 'do')} not belong here — remove ${oneOrMany(i.keys.length, 'it', 'them')}`,
  must_be: (i) => {
    const what = subject(i.value)
    switch (i.rule) {
      case 'choice':
        return `${what} does not exist — allowed are the levels 0 to 4, ${SPECIALS}`
      case 'level':
        return `${what} does not exist — allowed are the levels 0 to 4`
      case 'identifier':
        return `${what} is not a valid id — allowed are lowercase letters, digits and dashes, starting with a letter, at most 64 characters`
      case 'version':
        return `${what} is not a version number — allowed is a form like 1.0 or 1.0.0`
      case 'date':
        return `${what} is not a date — allowed is a form like 2026-12-31`
      case 'datetime':
        return `${what} is not a point in time — allowed is a form like 2026-12-31T09:30:00Z`
      case 'colour':
        return `${what} is not a colour — allowed is a form like #1d5c63`
      case 'logo':
        return 'is not an image — allowed are PNG or JPEG as a data URL'
    }
  },
  invalid: (i) => `${subject(i.value)} is not valid here`,
  not_json: (i) => `not valid JSON, perhaps cut short (${i.detail})`,
  not_object: () => 'must be a JSON object',
  foreign_format: (i) => `not ${FORMATS[i.format] ?? 'a Groundwork file'} (expected format "${i.format}")`,
  format_version: () => 'must be a whole number from 1',
  newer_version: (i) => `version ${i.version} was written by a newer Groundwork; this one reads up to version ${i.max}`,
  no_upgrade: (i) => `no upgrade from version ${i.version}`,
  duplicate_id: (i) => `the id ${q(i.id)} is used more than once — each id may appear only once`,
  duplicate_record: (i) => `${q(i.id)} is already the id of ${i.first}`,
  duplicate_order: (i) => `the order ${i.order} is used more than once — each number may appear only once`,
  unknown_dimension: (i) => `there is no area ${q(i.id)} — allowed are the ids listed under "dimensions"`,
  unknown_question: (i) => `there is no question ${q(i.id)} — allowed are the ids listed under "questions"`,
  not_needed_on_tools: () => '"not needed for our business" is only allowed on questions of a tools-layer area',
  dimension_without_questions: (i) => `area ${q(i.id)} has no questions — each area needs at least one`,
  needs_foundation: () => 'needs at least one area of the foundation (layer "foundation")',
  must_be_foundation: () => 'must be an area of the foundation (layer "foundation")',
  first_level_at_zero: () => 'the first level must start at 0',
  level_min_ascending: (i) => `must be greater than the previous level's lowest score (${i.previous})`,
  level_min_below_100: () => 'must be below 100',
  earlier_version: () => 'must be an earlier version than this one',
  other_questionnaire: (i) =>
    `answers questionnaire ${q(i.id)}${i.version ? ` version ${i.version}` : ''}, not ${q(i.expectedId)}${i.expectedVersion ? ` version ${i.expectedVersion}` : ''}`,
  no_carry_over: (i) =>
    `answers version ${i.version}; version ${i.targetVersion} of ${q(i.id)} cannot take over its answers`,
  no_such_question: () => 'no such question in this questionnaire',
  choice_not_offered: (i) => `${q(i.choice)} is not offered on this question`,
  no_such_item: () => "no such item in this questionnaire's inventory",
  link_empty: () => 'the link holds no answers, or is too long',
  link_characters: () => 'the link is damaged: it contains characters a Groundwork link never has',
  link_damaged: () => 'the link is damaged or incomplete: its answers cannot be unpacked (was it cut off when copied?)',
  link_too_many: (i) =>
    i.what === 'answers'
      ? 'the link holds more answers than the questionnaire has questions'
      : 'the link holds more inventory answers than the questionnaire has items',
  not_answer_link: () => 'this is not a Groundwork answer link',
  record_id: (i) => (i.expected ? `must be ${q(i.expected)}` : 'must be the record id'),
  storage_format: () => 'not a storage format this version of Groundwork knows',
  needs_id_and_date: () => 'needs an id and a date',
  set_aside_before: () => 'set aside by an earlier version of Groundwork',
  file_not_found: () => 'file not found',
  unreadable: (i) => `cannot be read (${i.detail})`,
}
