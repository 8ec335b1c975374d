// Test support only: builds small questionnaires whose scores are easy to compute by hand.
import type { QuestionnaireInput } from '../questionnaire/schema.ts'
import { validateQuestionnaire } from '../questionnaire/load.ts'
import type { Questionnaire } from '../questionnaire/schema.ts'
import type { AdoptionAnswers, AdoptionChoice, Answers, Choice } from '../response/schema.ts'

const text = (label: string) => ({ de: `${label} (de)`, en: label })

export interface DimensionSpec {
  id: string
  layer: 'foundation' | 'tools'
  weight?: number
  questions: number
  questionWeights?: number[]
  notNeeded?: boolean
  notApplicable?: boolean
}

/** Inventory items: `{ id, weight }`; titles and texts are derived from the id. */
export interface ItemSpec {
  id: string
  weight?: number
}

export function questionnaireInput(
  dimensions: DimensionSpec[],
  scoring: Partial<QuestionnaireInput['scoring']> = {},
  items: ItemSpec[] = [],
): QuestionnaireInput {
  return {
    ...(items.length > 0
      ? {
          adoption: {
            intro: text('Which tools'),
            items: items.map((item) => ({
              id: item.id,
              title: text(item.id),
              examples: text(`${item.id} examples`),
              worthItWhen: text(`${item.id} is worth it when`),
              weight: item.weight ?? 1,
            })),
          },
        }
      : {}),
    id: 'test',
    version: '1.0',
    title: text('Test'),
    description: text('Test questionnaire'),
    dimensions: dimensions.map((d, order) => ({
      id: d.id,
      order,
      layer: d.layer,
      weight: d.weight ?? 1,
      title: text(d.id),
      description: text(d.id),
    })),
    questions: dimensions.flatMap((d) =>
      Array.from({ length: d.questions }, (_, i) => ({
        id: `${d.id}-${i + 1}`,
        dimension: d.id,
        title: text(`${d.id} ${i + 1}`),
        prompt: text(`Question ${d.id} ${i + 1}?`),
        why: text('Why'),
        levels: [0, 1, 2, 3, 4].map((l) => text(`level ${l}`)),
        recommendations: [0, 1, 2, 3, 4].map((l) => text(`step ${l}`)),
        options: { dontKnow: true, notApplicable: d.notApplicable ?? false, notNeeded: d.notNeeded ?? false },
        weight: d.questionWeights?.[i] ?? 1,
      })),
    ),
    scoring: {
      foundationWeight: 2,
      toolsWeight: 1,
      toolSlack: 10,
      businessModelDimension: dimensions[0]!.id,
      relevanceThreshold: 50,
      weakBusinessModelBelow: 40,
      manyUnknownsShare: 0.5,
      actionPlanSize: 5,
      ...scoring,
    },
    maturityLevels: [
      { id: 'start', min: 0, name: text('Start'), description: text('Start') },
      { id: 'aware', min: 25, name: text('Aware'), description: text('Aware') },
      { id: 'defined', min: 50, name: text('Defined'), description: text('Defined') },
      { id: 'steering', min: 75, name: text('Steering'), description: text('Steering') },
    ],
  }
}

export function buildQuestionnaire(
  dimensions: DimensionSpec[],
  scoring: Partial<QuestionnaireInput['scoring']> = {},
  items: ItemSpec[] = [],
): Questionnaire {
  const result = validateQuestionnaire(questionnaireInput(dimensions, scoring, items))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

/** Answers from a list of choices per dimension, in question order: `{ bm: [1, 'dontKnow'] }`. */
export function answersFrom(choices: Record<string, readonly (Choice | undefined)[]>): Answers {
  const answers: Answers = {}
  for (const [dimension, list] of Object.entries(choices))
    list.forEach((choice, i) => {
      if (choice !== undefined) answers[`${dimension}-${i + 1}`] = { choice }
    })
  return answers
}

/** Inventory answers from item id → choice: `{ erp: 'mostUse' }`. */
export function adoptionFrom(choices: Record<string, AdoptionChoice>): AdoptionAnswers {
  return Object.fromEntries(Object.entries(choices).map(([id, choice]) => [id, { choice }]))
}
