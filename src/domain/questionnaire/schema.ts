import { mustBe, ruleIssue } from '../problems/issue.ts'
import { z } from '../zod.ts'

// Apart from the schemas, so the start page can name the languages without loading zod.
export { LOCALES, type Locale } from '../locale.ts'

const MAX_TEXT = 4000
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT))

/** Attaches a description for the generated JSON Schema (pass a fresh or cloned schema). */
function describe<T extends z.core.$ZodType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description })
  return schema
}

/** A user-visible string in German and English. */
export const localizedTextSchema = z.strictObject({ de: text, en: text }).register(z.globalRegistry, {
  id: 'LocalizedText',
  description: 'A text in German (de) and English (en); both are required.',
})
export type LocalizedText = z.infer<typeof localizedTextSchema>

const identifier = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: mustBe('identifier') }))

const positiveWeight = z.number().check(z.positive(), z.lte(100))

const percent = z.number().check(z.gte(0), z.lte(100))

/** Five observable states, level 0 to level 4. */
const fiveTexts = z.array(localizedTextSchema).check(z.length(5))

export const layerSchema = z.enum(['foundation', 'tools'])
export type Layer = z.infer<typeof layerSchema>

export const dimensionSchema = z.strictObject({
  id: identifier,
  order: z.int().check(z.gte(0)),
  layer: describe(
    z.enum(['foundation', 'tools']),
    'foundation: business model, customers, staff, environment. tools: technology, counted only as far as the foundation carries it.',
  ),
  weight: positiveWeight,
  title: localizedTextSchema,
  description: localizedTextSchema,
  stepOwner: z.optional(
    describe(z.clone(localizedTextSchema), "Who typically takes this area's steps, suggested in the plan."),
  ),
})
export type Dimension = z.infer<typeof dimensionSchema>

export const answerOptionsSchema = z.strictObject({
  dontKnow: z._default(z.boolean(), true),
  notApplicable: z._default(z.boolean(), false),
  notNeeded: describe(
    z._default(z.boolean(), false),
    '"Not needed for our business": only on questions of a tools-layer dimension.',
  ),
})

export const questionSchema = z.strictObject({
  id: identifier,
  dimension: identifier,
  title: describe(z.clone(localizedTextSchema), 'A short name of the topic, used in overviews and the report.'),
  prompt: localizedTextSchema,
  why: describe(z.clone(localizedTextSchema), 'Why this matters, in two or three sentences.'),
  levels: describe(z.clone(fiveTexts), 'Level 0 to 4, each an observable state, shown as the answer choices.'),
  recommendations: describe(
    z.clone(fiveTexts),
    'For each level, the smallest concrete next step to the level above (level 4: how to keep it).',
  ),
  options: z._default(answerOptionsSchema, { dontKnow: true, notApplicable: false, notNeeded: false }),
  weight: z._default(positiveWeight, 1),
  stepOwner: z.optional(
    describe(z.clone(localizedTextSchema), "Who typically takes this question's step, if not the area's owner."),
  ),
  risk: z.optional(
    describe(
      z.strictObject({
        urgency: describe(z.int().check(z.gte(1), z.lte(3)), '3: act this week; 1: within the year.'),
        effort: describe(z.int().check(z.gte(1), z.lte(3)), '1: an hour or two; 3: a project.'),
      }),
      'A risk whatever the business model (an untested backup, knowledge in one head): levels 0 and 1 are a finding and the step joins the top of the plan.',
    ),
  ),
})
export type Question = z.infer<typeof questionSchema>

/** One kind of software a company may have introduced: the adoption inventory measures what was bought. */
export const adoptionItemSchema = z.strictObject({
  id: identifier,
  title: localizedTextSchema,
  examples: describe(z.clone(localizedTextSchema), 'What counts as this kind of tool, in one short line.'),
  worthItWhen: describe(
    z.clone(localizedTextSchema),
    'The business reason that makes this kind of tool worth having, in one sentence.',
  ),
  settleFirst: describe(
    z._default(z.array(identifier).check(z.maxLength(10)), []),
    'Question ids to settle (level 2 or more) before buying or rolling out this kind of tool.',
  ),
  weight: z._default(positiveWeight, 1),
})
export type AdoptionItem = z.infer<typeof adoptionItemSchema>

export const adoptionSchema = z.strictObject({
  intro: localizedTextSchema,
  items: z.array(adoptionItemSchema).check(z.minLength(1), z.maxLength(50)),
})
export type Adoption = z.infer<typeof adoptionSchema>

const versionString = z.string().check(z.regex(/^\d+\.\d+(\.\d+)?$/, { error: mustBe('version') }))

/** Which answers of an earlier version keep their meaning in this one: old question id → new question id. */
export const carryOverSchema = z.strictObject({
  fromVersion: versionString,
  questions: z.record(identifier, identifier),
})
export type CarryOver = z.infer<typeof carryOverSchema>

// The parameters' explanations for authors live with the JSON Schema (json-schema.ts): not shipped to the browser.
export const scoringSchema = z.strictObject({
  foundationWeight: z.clone(positiveWeight),
  toolsWeight: z.clone(positiveWeight),
  toolSlack: z.clone(percent),
  businessModelDimension: z.clone(identifier),
  relevanceThreshold: z.clone(percent),
  toolsAheadThreshold: z.optional(z.clone(percent)),
  adoptionAheadMargin: z._default(z.clone(percent), 20),
  wellUsedShare: z._default(z.number().check(z.gte(0), z.lte(1)), 0.6),
  foundationCarriesFrom: z._default(z.clone(percent), 55),
  adoptionLagsBelow: z._default(z.clone(percent), 40),
  weakBusinessModelBelow: z.clone(percent),
  laggingAreaGap: z._default(z.clone(percent), 15),
  manyUnknownsShare: z.number().check(z.gte(0), z.lte(1)),
  actionPlanSize: z._default(z.int().check(z.gte(1), z.lte(20)), 5),
})
export type ScoringParameters = z.infer<typeof scoringSchema>

export const maturityLevelSchema = z.strictObject({
  id: identifier,
  min: describe(z.clone(percent), 'Lowest score (inclusive) of this level.'),
  name: localizedTextSchema,
  description: localizedTextSchema,
})
export type MaturityLevel = z.infer<typeof maturityLevelSchema>

/** The findings a questionnaire may reword in its author's own voice. */
export const FINDING_KINDS = [
  'weakBusinessModel',
  'laggingArea',
  'risksThatDoNotWait',
  'adoptionAheadOfFoundation',
  'boughtBarelyUsed',
  'foundationCarriesTools',
  'manyUnknowns',
  'notNeededNotCounted',
] as const

export const findingTextSchema = z.strictObject({
  title: z.optional(localizedTextSchema),
  text: describe(
    z.optional(z.clone(localizedTextSchema)),
    "Replaces the finding's explanation; its list of names (questions, tools) still follows.",
  ),
})

const questionnaireShape = z.strictObject({
  $schema: z.optional(z.string()),
  id: identifier,
  version: versionString,
  title: localizedTextSchema,
  description: localizedTextSchema,
  dimensions: z.array(dimensionSchema).check(z.minLength(1), z.maxLength(20)),
  questions: z.array(questionSchema).check(z.minLength(1), z.maxLength(500)),
  scoring: scoringSchema,
  maturityLevels: z.array(maturityLevelSchema).check(z.minLength(2), z.maxLength(10)),
  adoption: z.optional(adoptionSchema),
  findings: describe(
    z.optional(z.partialRecord(z.enum(FINDING_KINDS), findingTextSchema)),
    "A consultant's own title or text for a finding, per kind; the rule behind it stays the same.",
  ),
  carryOver: describe(
    z.optional(z.array(carryOverSchema).check(z.maxLength(20))),
    'Earlier versions whose answers open on this one: per version, the questions whose meaning stayed.',
  ),
})

type Shape = z.infer<typeof questionnaireShape>

function duplicates(values: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const value of values) (seen.has(value) ? repeated : seen).add(value)
  return repeated
}

/** Rules that span fields: ids unique, references resolve, thresholds ascending from 0. */
function checkCrossFieldRules(q: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  const dimensionIds = new Set(q.dimensions.map((d) => d.id))
  const repeatedDimensions = duplicates(q.dimensions.map((d) => d.id))
  q.dimensions.forEach((d, i) => {
    if (repeatedDimensions.has(d.id))
      ctx.addIssue(ruleIssue(['dimensions', i, 'id'], { code: 'duplicate_id', id: d.id }))
  })
  const repeatedQuestions = duplicates(q.questions.map((question) => question.id))
  const layerOf = new Map(q.dimensions.map((d) => [d.id, d.layer]))
  q.questions.forEach((question, i) => {
    if (repeatedQuestions.has(question.id))
      ctx.addIssue(ruleIssue(['questions', i, 'id'], { code: 'duplicate_id', id: question.id }))
    if (!dimensionIds.has(question.dimension))
      ctx.addIssue(ruleIssue(['questions', i, 'dimension'], { code: 'unknown_dimension', id: question.dimension }))
    else if (question.options.notNeeded && layerOf.get(question.dimension) !== 'tools')
      ctx.addIssue(ruleIssue(['questions', i, 'options', 'notNeeded'], { code: 'not_needed_on_tools' }))
  })
  q.dimensions.forEach((d, i) => {
    if (dimensionIds.has(d.id) && !q.questions.some((question) => question.dimension === d.id))
      ctx.addIssue(ruleIssue(['dimensions', i], { code: 'dimension_without_questions', id: d.id }))
  })
  const layers = new Set(q.dimensions.map((d) => d.layer))
  if (!layers.has('foundation')) ctx.addIssue(ruleIssue(['dimensions'], { code: 'needs_foundation' }))
  const bm = q.dimensions.find((d) => d.id === q.scoring.businessModelDimension)
  if (!bm)
    ctx.addIssue(
      ruleIssue(['scoring', 'businessModelDimension'], {
        code: 'unknown_dimension',
        id: q.scoring.businessModelDimension,
      }),
    )
  else if (bm.layer !== 'foundation')
    ctx.addIssue(ruleIssue(['scoring', 'businessModelDimension'], { code: 'must_be_foundation' }))
  checkAdoptionAndCarryOver(q, ctx)
  const repeatedOrders = duplicates(q.dimensions.map((d) => String(d.order)))
  q.dimensions.forEach((d, i) => {
    if (repeatedOrders.has(String(d.order)))
      ctx.addIssue(ruleIssue(['dimensions', i, 'order'], { code: 'duplicate_order', order: d.order }))
  })
  const repeatedLevels = duplicates(q.maturityLevels.map((l) => l.id))
  q.maturityLevels.forEach((level, i) => {
    if (repeatedLevels.has(level.id))
      ctx.addIssue(ruleIssue(['maturityLevels', i, 'id'], { code: 'duplicate_id', id: level.id }))
    if (i === 0 && level.min !== 0)
      ctx.addIssue(ruleIssue(['maturityLevels', 0, 'min'], { code: 'first_level_at_zero' }))
    const previous = q.maturityLevels[i - 1]
    if (previous && level.min <= previous.min)
      ctx.addIssue(ruleIssue(['maturityLevels', i, 'min'], { code: 'level_min_ascending', previous: previous.min }))
    if (i > 0 && level.min >= 100)
      ctx.addIssue(ruleIssue(['maturityLevels', i, 'min'], { code: 'level_min_below_100' }))
  })
}

function checkAdoptionAndCarryOver(q: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  const questionIds = new Set(q.questions.map((question) => question.id))
  const items = q.adoption?.items ?? []
  const repeatedItems = duplicates(items.map((item) => item.id))
  items.forEach((item, i) => {
    if (repeatedItems.has(item.id))
      ctx.addIssue(ruleIssue(['adoption', 'items', i, 'id'], { code: 'duplicate_id', id: item.id }))
    item.settleFirst.forEach((id, j) => {
      if (!questionIds.has(id))
        ctx.addIssue(ruleIssue(['adoption', 'items', i, 'settleFirst', j], { code: 'unknown_question', id }))
    })
  })
  q.carryOver?.forEach((entry, i) => {
    if (entry.fromVersion === q.version)
      ctx.addIssue(ruleIssue(['carryOver', i, 'fromVersion'], { code: 'earlier_version' }))
    for (const [from, to] of Object.entries(entry.questions))
      if (!questionIds.has(to))
        ctx.addIssue(ruleIssue(['carryOver', i, 'questions', from], { code: 'unknown_question', id: to }))
  })
}

/** The questionnaire format: the single source of truth for authors, the app and the CLI. */
export const questionnaireSchema = questionnaireShape.check(z.superRefine(checkCrossFieldRules))
export type Questionnaire = z.infer<typeof questionnaireSchema>
/** What an author writes: defaults (weights, answer options) may be left out. */
export type QuestionnaireInput = z.input<typeof questionnaireSchema>
