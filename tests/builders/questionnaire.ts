// The questionnaires tests use: the mini one of tests/fixtures (component tests), the shipped files in
// questionnaires/, and small built ones whose scores are easy to compute by hand (domain tests).
import { readFileSync } from 'node:fs'
import {
  parseQuestionnaire,
  validateQuestionnaire,
  type AdoptionAnswers,
  type AdoptionChoice,
  type Answers,
  type Choice,
  type Questionnaire,
  type QuestionnaireInput,
} from '../../src/domain/index.ts'
import groundwork from '../../questionnaires/groundwork.json'
import mini from '../fixtures/mini-questionnaire.json'

function checked(input: unknown, name: string): Questionnaire {
  const result = validateQuestionnaire(input)
  if (!result.ok) throw new Error(`${name} is invalid: ${result.problems[0]?.path}: ${result.problems[0]?.message}`)
  return result.value
}

/** The small, fixed questionnaire the component tests use (3 dimensions, 6 questions, id `mini`, version 1.0). */
export function miniQuestionnaire(): Questionnaire {
  return checked(mini, 'tests/fixtures/mini-questionnaire.json')
}

/** The questionnaire the app ships with (questionnaires/groundwork.json). */
export function defaultQuestionnaire(): Questionnaire {
  return checked(groundwork, 'questionnaires/groundwork.json')
}

/** A questionnaire file under questionnaires/ (e.g. `groundwork.json`, `archive/groundwork-1.0.json`), read as the CLI does. */
export function loadQuestionnaireFile(path: string): Questionnaire {
  const parsed = parseQuestionnaire(readFileSync(`${process.cwd()}/questionnaires/${path}`, 'utf8'))
  if (!parsed.ok)
    throw new Error(`questionnaires/${path} is invalid: ${parsed.problems[0]?.path}: ${parsed.problems[0]?.message}`)
  return parsed.value
}

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
