// What is wrong with an input, as data: the issue codes of zod and the domain's own rules, told in
// words by a catalog per language (catalog-de.ts, catalog-en.ts) only when someone reads them.

/** A value shown back to the user: primitives only, long text cut (never a whole object). */
export type ShownValue = string | number | boolean | null

/** What a value should have been, in kinds a reader knows. */
export type ValueKind = 'text' | 'number' | 'whole' | 'boolean' | 'list' | 'object' | 'null' | 'other'

/** Values whose allowed form the domain names itself (`mustBe` in a schema). */
export const VALUE_RULES = ['choice', 'level', 'identifier', 'version', 'date', 'datetime', 'colour', 'logo'] as const
export type ValueRule = (typeof VALUE_RULES)[number]

type Sized = { of: 'number' | 'text' | 'list' | 'other'; limit: number; inclusive: boolean; exact: boolean }

/** An issue zod finds; `value` is what was there, when it can be shown. */
export type SchemaIssue = { value?: ShownValue } & (
  | { code: 'missing'; expected: ValueKind }
  | { code: 'type'; expected: ValueKind; got: ValueKind }
  | ({ code: 'too_small' } & Sized)
  | ({ code: 'too_big' } & Sized)
  | { code: 'one_of'; values: ShownValue[] }
  | { code: 'unknown_keys'; keys: string[] }
  | { code: 'must_be'; rule: ValueRule }
  | { code: 'invalid' }
)

/** A rule of the domain itself: cross-field checks, formats, links, fit to a questionnaire, storage. */
export type RuleIssue =
  | { code: 'not_json'; detail: string }
  | { code: 'not_object' }
  | { code: 'foreign_format'; format: string }
  | { code: 'format_version' }
  | { code: 'newer_version'; version: number; max: number }
  | { code: 'no_upgrade'; version: number }
  | { code: 'duplicate_id'; id: string }
  | { code: 'duplicate_record'; id: string; first: string }
  | { code: 'duplicate_order'; order: number }
  | { code: 'unknown_dimension'; id: string }
  | { code: 'unknown_question'; id: string }
  | { code: 'not_needed_on_tools' }
  | { code: 'dimension_without_questions'; id: string }
  | { code: 'needs_foundation' }
  | { code: 'must_be_foundation' }
  | { code: 'first_level_at_zero' }
  | { code: 'level_min_ascending'; previous: number }
  | { code: 'level_min_below_100' }
  | { code: 'earlier_version' }
  | { code: 'other_questionnaire'; id: string; version?: string; expectedId: string; expectedVersion?: string }
  | { code: 'no_carry_over'; version: string; id: string; targetVersion: string }
  | { code: 'no_such_question' }
  | { code: 'choice_not_offered'; choice: string }
  | { code: 'no_such_item' }
  | { code: 'link_empty' }
  | { code: 'link_characters' }
  | { code: 'link_damaged' }
  | { code: 'link_too_many'; what: 'answers' | 'items' }
  | { code: 'not_answer_link' }
  | { code: 'record_id'; expected?: string }
  | { code: 'storage_format' }
  | { code: 'needs_id_and_date' }
  | { code: 'set_aside_before' }
  | { code: 'file_not_found' }
  | { code: 'unreadable'; detail: string }

export type ProblemIssue = SchemaIssue | RuleIssue
export type ProblemCode = ProblemIssue['code']

const MARK = '§'

/** A schema's error for values whose allowed form the domain names: `z.iso.date({ error: mustBe('date') })`. */
export function mustBe(rule: ValueRule): string {
  return `${MARK}${rule}`
}

/** A cross-field rule for `ctx.addIssue` in a schema's refinement: the issue travels in `params`. */
export function ruleIssue(path: PropertyKey[], issue: RuleIssue) {
  return { code: 'custom' as const, path, params: issue, message: issue.code }
}

/** The subset of a zod issue read here (classic and mini alike). */
export interface ZodIssueLike {
  code: string
  path: readonly PropertyKey[]
  message: string
  input?: unknown
  expected?: unknown
  origin?: unknown
  minimum?: unknown
  maximum?: unknown
  inclusive?: unknown
  exact?: unknown
  values?: readonly unknown[]
  keys?: readonly string[]
  params?: unknown
  issues?: readonly ZodIssueLike[]
}

export function shown(value: unknown): ShownValue | undefined {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value
  return undefined
}

function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'list'
  if (typeof value === 'string') return 'text'
  if (typeof value === 'number') return 'number'
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'object') return 'object'
  return 'other'
}

const EXPECTED: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  int: 'whole',
  boolean: 'boolean',
  array: 'list',
  tuple: 'list',
  object: 'object',
  record: 'object',
  null: 'null',
}

function sized(issue: ZodIssueLike, limit: unknown): Sized {
  const origin = issue.origin
  const of =
    origin === 'number' || origin === 'int'
      ? 'number'
      : origin === 'string'
        ? 'text'
        : origin === 'array' || origin === 'set'
          ? 'list'
          : 'other'
  return { of, limit: Number(limit), inclusive: issue.inclusive !== false, exact: issue.exact === true }
}

function isRuleIssue(params: unknown): params is RuleIssue {
  return typeof params === 'object' && params !== null && typeof (params as { code?: unknown }).code === 'string'
}

/** Turns one zod issue into the domain's issue: its code, what was allowed, and what was there. */
export function fromZodIssue(issue: ZodIssueLike): ProblemIssue {
  if (issue.code === 'custom' && isRuleIssue(issue.params)) return issue.params
  // A record's key that fails its own schema: what is wrong with the key itself.
  if (issue.code === 'invalid_key' && issue.issues?.[0]) return fromZodIssue(issue.issues[0])
  const value = shown(issue.input)
  const withValue = <I extends SchemaIssue>(found: I): I => (value === undefined ? found : { ...found, value })
  if (issue.message.startsWith(MARK)) {
    const rule = issue.message.slice(MARK.length) as ValueRule
    if ((VALUE_RULES as readonly string[]).includes(rule)) {
      if (issue.code === 'invalid_type' && issue.input === undefined) return { code: 'missing', expected: 'text' }
      return withValue({ code: 'must_be', rule })
    }
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[String(issue.expected)] ?? 'other'
      if (issue.input === undefined) return { code: 'missing', expected }
      return withValue({ code: 'type', expected, got: kindOf(issue.input) })
    }
    case 'too_small':
      return withValue({ code: 'too_small', ...sized(issue, issue.minimum) })
    case 'too_big':
      return withValue({ code: 'too_big', ...sized(issue, issue.maximum) })
    case 'invalid_value':
      return withValue({ code: 'one_of', values: (issue.values ?? []).map((v) => shown(v) ?? String(v)) })
    case 'unrecognized_keys':
      return { code: 'unknown_keys', keys: [...(issue.keys ?? [])] }
    default:
      return withValue({ code: 'invalid' })
  }
}
