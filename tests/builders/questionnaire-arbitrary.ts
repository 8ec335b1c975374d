// Test support only: fast-check arbitraries for whole, valid questionnaires, every optional part included.
import fc from 'fast-check'
import { validateQuestionnaire } from '../../src/domain/questionnaire/load.ts'
import { FINDING_KINDS, type Questionnaire, type QuestionnaireInput } from '../../src/domain/questionnaire/schema.ts'

// Letters of both languages, digits, punctuation a spreadsheet might mistake for something else (=, +, %).
const CHARS = [...'abcxyzÄÖÜäöüßéАя漢 0123456789.,;:!?"\'()&<>/=+-%\n']
export const textArb = fc
  .string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 24 })
  .filter((s) => s.trim().length > 0)
export const localizedArb = fc.record({ de: textArb, en: textArb })
export const idArb = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/)
const weightArb = fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100)
const percentArb = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100)
const shareArb = fc.integer({ min: 0, max: 100 }).map((n) => n / 100)
const fiveArb = fc.array(localizedArb, { minLength: 5, maxLength: 5 })
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const withOptional = <T extends object>(base: T, extra: Record<string, unknown>) => ({
  ...base,
  ...Object.fromEntries(Object.entries(extra).filter(([, v]) => v !== undefined)),
})

const questionArb = (id: string, dimension: string, tools: boolean) =>
  fc
    .record({
      title: localizedArb,
      prompt: localizedArb,
      why: localizedArb,
      levels: fiveArb,
      recommendations: fiveArb,
      options: fc.record({ dontKnow: fc.boolean(), notApplicable: fc.boolean(), notNeeded: fc.boolean() }),
      weight: weightArb,
      stepOwner: maybe(localizedArb),
      risk: maybe(fc.record({ urgency: fc.integer({ min: 1, max: 3 }), effort: fc.integer({ min: 1, max: 3 }) })),
    })
    .map(({ stepOwner, risk, options, ...rest }) =>
      withOptional(
        { id, dimension, ...rest, options: { ...options, notNeeded: tools && options.notNeeded } },
        { stepOwner, risk },
      ),
    )

/** A valid questionnaire: 1–4 dimensions (the first a foundation), 1–3 questions each, all optional parts sometimes. */
export const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .record({
    dimensionIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    questionIds: fc.uniqueArray(idArb, { minLength: 12, maxLength: 12 }),
    perDimension: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 4, maxLength: 4 }),
    layers: fc.array(fc.constantFrom('foundation' as const, 'tools' as const), { minLength: 4, maxLength: 4 }),
    orders: fc.shuffledSubarray([0, 1, 2, 3, 5, 8, 13], { minLength: 4, maxLength: 4 }),
  })
  .chain(({ dimensionIds, questionIds, perDimension, layers, orders }) => {
    const dims = dimensionIds.map((id, i) => ({
      id,
      layer: i === 0 ? ('foundation' as const) : layers[i]!,
      order: orders[i]!,
    }))
    let next = 0
    const questionSpecs = dims.flatMap((d, i) =>
      Array.from({ length: perDimension[i]! }, () => ({ id: questionIds[next++]!, d })),
    )
    const ids = questionSpecs.map((q) => q.id)
    return fc.record({
      $schema: maybe(fc.constant('./questionnaire.schema.json')),
      id: idArb,
      version: fc.constantFrom('1.0', '1.1', '2.0.1'),
      title: localizedArb,
      description: localizedArb,
      dimensions: fc.tuple(
        ...dims.map((d) =>
          fc
            .record({
              weight: weightArb,
              title: localizedArb,
              description: localizedArb,
              stepOwner: maybe(localizedArb),
            })
            .map(({ stepOwner, ...rest }) => withOptional({ ...d, ...rest }, { stepOwner })),
        ),
      ),
      questions: fc.tuple(...questionSpecs.map((q) => questionArb(q.id, q.d.id, q.d.layer === 'tools'))),
      scoring: fc
        .record({
          foundationWeight: weightArb,
          toolsWeight: weightArb,
          toolSlack: percentArb,
          relevanceThreshold: percentArb,
          toolsAheadThreshold: maybe(percentArb),
          adoptionAheadMargin: percentArb,
          wellUsedShare: shareArb,
          foundationCarriesFrom: percentArb,
          adoptionLagsBelow: percentArb,
          weakBusinessModelBelow: percentArb,
          laggingAreaGap: percentArb,
          manyUnknownsShare: shareArb,
          actionPlanSize: fc.integer({ min: 1, max: 20 }),
        })
        .map(({ toolsAheadThreshold, ...rest }) =>
          withOptional({ ...rest, businessModelDimension: dims[0]!.id }, { toolsAheadThreshold }),
        ),
      maturityLevels: fc
        .uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 1, maxLength: 3 })
        .chain((mins) =>
          fc.tuple(
            ...[0, ...mins.sort((a, b) => a - b)].map((min, i) =>
              fc
                .record({ name: localizedArb, description: localizedArb })
                .map((t) => ({ id: `level-${i}`, min, ...t })),
            ),
          ),
        ),
      adoption: maybe(
        fc.record({
          intro: localizedArb,
          items: fc.uniqueArray(idArb, { minLength: 1, maxLength: 3 }).chain((itemIds) =>
            fc.tuple(
              ...itemIds.map((id) =>
                fc.record({
                  id: fc.constant(id),
                  title: localizedArb,
                  examples: localizedArb,
                  worthItWhen: localizedArb,
                  settleFirst: fc.shuffledSubarray(ids, { maxLength: Math.min(3, ids.length) }),
                  weight: weightArb,
                }),
              ),
            ),
          ),
        }),
      ),
      findings: maybe(
        fc.dictionary(
          fc.constantFrom(...FINDING_KINDS),
          fc
            .record({ title: maybe(localizedArb), text: maybe(localizedArb) })
            .map(({ title, text }) => withOptional({}, { title, text })),
          { minKeys: 1 },
        ),
      ),
      carryOver: maybe(
        fc.uniqueArray(
          fc.record({
            fromVersion: fc.constantFrom('0.9', '0.8', '0.1.2'),
            questions: fc.dictionary(idArb, fc.constantFrom(...ids), { maxKeys: 4 }),
          }),
          { minLength: 1, maxLength: 2, selector: (e) => e.fromVersion },
        ),
      ),
    })
  })
  .map((raw) => {
    const input = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as QuestionnaireInput
    const checked = validateQuestionnaire(input)
    if (!checked.ok)
      throw new Error(`questionnaireArb made an invalid questionnaire: ${JSON.stringify(checked.problems)}`)
    return checked.value
  })
