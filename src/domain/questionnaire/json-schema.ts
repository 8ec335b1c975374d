import { z } from '../zod.ts'
import { questionnaireSchema, scoringSchema } from './schema.ts'

/** What each scoring parameter changes, for authors' editors. */
const SCORING_DESCRIPTIONS: Partial<Record<keyof typeof scoringSchema.def.shape, string>> = {
  foundationWeight: 'wF in overall = (wF·F + wT·min(T, F + slack)) / (wF + wT)',
  toolsWeight: 'wT in the overall formula',
  toolSlack: 'How far (in points) the tool index may run ahead of the foundation and still count.',
  businessModelDimension: 'The dimension whose score decides the relevance rule and the weak-business-model finding.',
  relevanceThreshold:
    'Business-model score from which "not needed for our business" removes a tools question; below it the answer counts as "don\'t know".',
  toolsAheadThreshold: 'No longer used (questionnaire 1.0): tool adoption is compared with the business model instead.',
  adoptionAheadMargin:
    '"Adoption ahead of foundation" needs the adoption index to exceed the business-model score by more than this…',
  wellUsedShare:
    '…and the use rate (share of introduced tools used by most of the people they were bought for) to be below this.',
  foundationCarriesFrom:
    "Foundation index and business-model score from which the foundation carries tools (also the map's vertical line).",
  adoptionLagsBelow: "Adoption index below which tools lag a solid foundation (also the map's horizontal line).",
  weakBusinessModelBelow: 'The "weak business model" finding appears when its score is below this.',
  laggingAreaGap:
    'A foundation area this many points below the mean of the other foundation areas is named as lagging.',
  manyUnknownsShare: 'Share of "don\'t know" answers in a dimension from which the "many unknowns" finding appears.',
}

function describeScoring(): void {
  for (const [key, description] of Object.entries(SCORING_DESCRIPTIONS)) {
    const field = scoringSchema.def.shape[key as keyof typeof scoringSchema.def.shape]
    if (!z.globalRegistry.has(field)) z.globalRegistry.add(field, { description })
  }
}

/**
 * The JSON Schema authors' editors use for completion, generated from the zod schema (the single
 * source of truth). It describes what an author writes, so fields with defaults are optional.
 * Cross-field rules (unique ids, references) are beyond JSON Schema: `groundwork validate` checks them.
 */
export function questionnaireJsonSchema(): Record<string, unknown> {
  describeScoring()
  const schema = z.toJSONSchema(questionnaireSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >
  return {
    ...schema,
    $id: 'https://groundwork.invalid/questionnaire.schema.json',
    title: 'Groundwork questionnaire',
    description:
      'A Groundwork questionnaire: dimensions, questions with five observable levels each, scoring parameters and maturity levels, every text in German and English.',
  }
}

/** The file content as written to questionnaires/questionnaire.schema.json. */
export function questionnaireJsonSchemaText(): string {
  return `${JSON.stringify(questionnaireJsonSchema(), null, 2)}\n`
}
