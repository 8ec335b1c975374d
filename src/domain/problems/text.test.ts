import { describe, expect, it } from 'vitest'
import { buildQuestionnaire } from '../../../tests/builders/questionnaire.ts'
import { problemAt } from '../validation.ts'
import type { ProblemCode, ProblemIssue } from './issue.ts'
import { describeProblems, placeInWords, problemSentence, problemText } from './text.ts'

type Example = { [C in ProblemCode]: Extract<ProblemIssue, { code: C }> }

// The codes that carry nothing but the code itself, each named once.
const BARE_CODES = [
  'not_object',
  'format_version',
  'not_needed_on_tools',
  'needs_foundation',
  'must_be_foundation',
  'first_level_at_zero',
  'level_min_below_100',
  'earlier_version',
  'no_such_question',
  'no_such_item',
  'link_empty',
  'link_characters',
  'link_damaged',
  'not_answer_link',
  'storage_format',
  'needs_id_and_date',
  'set_aside_before',
  'file_not_found',
] as const
const bareIssues = Object.fromEntries(BARE_CODES.map((code) => [code, { code }])) as {
  [C in (typeof BARE_CODES)[number]]: { code: C }
}

// One issue of every code, with what a person would read in each language: a code missing here is a type error.
const examples: Example = {
  ...bareIssues,
  missing: { code: 'missing', expected: 'text' },
  type: { code: 'type', expected: 'number', got: 'text', value: 'viel' },
  too_small: { code: 'too_small', of: 'number', limit: 1, inclusive: true, exact: false, value: 0 },
  too_big: { code: 'too_big', of: 'text', limit: 200, inclusive: true, exact: false },
  one_of: { code: 'one_of', values: ['foundation', 'tools'], value: 'roof' },
  unknown_keys: { code: 'unknown_keys', keys: ['titel'] },
  must_be: { code: 'must_be', rule: 'choice', value: 7 },
  invalid: { code: 'invalid', value: 'x' },
  not_json: { code: 'not_json', detail: 'Unexpected end of JSON input' },
  foreign_format: { code: 'foreign_format', format: 'groundwork-response' },
  newer_version: { code: 'newer_version', version: 3, max: 2 },
  no_upgrade: { code: 'no_upgrade', version: 1 },
  duplicate_id: { code: 'duplicate_id', id: 'bm-1' },
  duplicate_record: { code: 'duplicate_record', id: 'c-1', first: 'clients[0]' },
  duplicate_order: { code: 'duplicate_order', order: 2 },
  unknown_dimension: { code: 'unknown_dimension', id: 'nowhere' },
  unknown_question: { code: 'unknown_question', id: 'xx-1' },
  dimension_without_questions: { code: 'dimension_without_questions', id: 'bm' },
  level_min_ascending: { code: 'level_min_ascending', previous: 40 },
  other_questionnaire: {
    code: 'other_questionnaire',
    id: 'a',
    version: '1.0',
    expectedId: 'a',
    expectedVersion: '2.0',
  },
  no_carry_over: { code: 'no_carry_over', version: '0.9', id: 'a', targetVersion: '2.0' },
  choice_not_offered: { code: 'choice_not_offered', choice: 'notNeeded' },
  link_too_many: { code: 'link_too_many', what: 'answers' },
  record_id: { code: 'record_id', expected: 'groundwork@2.0' },
  unreadable: { code: 'unreadable', detail: 'EACCES' },
}

/** Words of English validation messages (zod's defaults and the domain's own) that must never reach a German reader. */
const ENGLISH = /\b(invalid|expected|received|must|allowed|required|missing|not|should|too (big|small)|the)\b/i

describe('every issue code is told in both languages', () => {
  it.each(Object.values(examples))('$code', (issue) => {
    const de = problemSentence(issue, 'de')
    const en = problemSentence(issue, 'en')
    expect(de.length).toBeGreaterThan(5)
    expect(en.length).toBeGreaterThan(5)
    expect(de).not.toBe(en)
    expect(de).not.toMatch(ENGLISH)
  })

  // Worked examples: what is there and what is allowed, with the figures from the issue.
  it.each<[ProblemIssue, string, string]>([
    [
      examples.must_be,
      '7 gibt es nicht – erlaubt sind die Stufen 0 bis 4, „dontKnow“, „notApplicable“ und „notNeeded“',
      '7 does not exist — allowed are the levels 0 to 4, “dontKnow”, “notApplicable” and “notNeeded”',
    ],
    [
      { code: 'must_be', rule: 'level', value: 7 },
      '7 gibt es nicht – erlaubt sind die Stufen 0 bis 4',
      '7 does not exist — allowed are the levels 0 to 4',
    ],
    [examples.too_small, '0 ist zu klein – erlaubt ist mindestens 1', '0 is too small — allowed is at least 1'],
    [
      { code: 'too_big', of: 'number', limit: 3, inclusive: true, exact: false, value: 5 },
      '5 ist zu groß – erlaubt ist höchstens 3',
      '5 is too big — allowed is at most 3',
    ],
    [examples.too_big, 'ist zu lang – höchstens 200 Zeichen', 'is too long — at most 200 characters'],
    [
      { code: 'too_small', of: 'text', limit: 1, inclusive: true, exact: false },
      'ist leer – hier gehört ein Text hin',
      'is empty — a text is needed',
    ],
    [
      { code: 'too_small', of: 'list', limit: 5, inclusive: true, exact: true },
      'braucht genau 5 Einträge',
      'needs exactly 5 entries',
    ],
    [
      examples.one_of,
      '„roof“ ist nicht erlaubt – erlaubt sind „foundation“ oder „tools“',
      '“roof” is not allowed — allowed are “foundation” or “tools”',
    ],
    [examples.type, '„viel“ ist ein Text – erwartet wird eine Zahl', '“viel” is a text — expected a number'],
    [examples.missing, 'fehlt – erwartet wird ein Text', 'missing — expected a text'],
    [
      examples.unknown_keys,
      'das Feld „titel“ gehört nicht hierher – bitte entfernen',
      'field “titel” does not belong here — remove it',
    ],
    [
      { code: 'must_be', rule: 'date', value: '31.12.2026' },
      '„31.12.2026“ ist kein Datum – erlaubt ist eine Form wie 2026-12-31',
      '“31.12.2026” is not a date — allowed is a form like 2026-12-31',
    ],
  ])('worked example %#: what is there and what is allowed, in both languages', (issue, de, en) => {
    expect([problemSentence(issue, 'de'), problemSentence(issue, 'en')]).toEqual([de, en])
  })
})

describe('the place in words', () => {
  const questionnaire = buildQuestionnaire([{ id: 'bm', layer: 'foundation', questions: 2 }])

  it('names a question by its title when the questionnaire is known, else by its id', () => {
    expect(placeInWords('answers.bm-1.choice', 'de', { questionnaire })).toBe('Frage „bm 1 (de)“, Stufe')
    expect(placeInWords('answers.bm-1.choice', 'en', { questionnaire })).toBe('question “bm 1”, level')
    expect(placeInWords('answers.bm-9.note', 'de')).toBe('Frage „bm-9“, Notiz')
  })

  it('counts list entries from 1 and levels from 0, as the reader counts them', () => {
    expect(placeInWords('questions[3].levels[2].en', 'de')).toBe('Frage 4, Stufe 2, englischer Text')
    expect(placeInWords('workshops[0].workshop.participants[2].name', 'en')).toBe('workshop 1, participant 3, name')
    expect(placeInWords('adoption.crm.choice', 'de')).toBe('Werkzeugart „crm“, Antwort')
  })

  it('leaves a top-level field and an unnamed place to the path', () => {
    expect(placeInWords('date', 'de')).toBeNull()
    expect(placeInWords('scoring.toolSlack', 'de')).toBeNull()
    expect(placeInWords('(link)', 'de')).toBeNull()
  })

  it('joins the place and the sentence; a problem stored without an issue keeps its message', () => {
    const problem = problemAt('answers.bm-1.choice', { code: 'must_be', rule: 'choice', value: 7 })
    expect(problemText(problem, 'de', { questionnaire })).toBe(
      'Frage „bm 1 (de)“, Stufe: 7 gibt es nicht – erlaubt sind die Stufen 0 bis 4, „dontKnow“, „notApplicable“ und „notNeeded“',
    )
    expect(problemText(problemAt('(link)', { code: 'link_damaged' }), 'en')).toMatch(/^The link is damaged/)
    expect(problemText({ path: 'x', message: 'as stored' }, 'de')).toBe('as stored')
    expect(describeProblems([problemAt('date', { code: 'must_be', rule: 'date', value: 'x' })], 'de')).toEqual([
      'date: „x“ ist kein Datum – erlaubt ist eine Form wie 2026-12-31',
    ])
  })
})
