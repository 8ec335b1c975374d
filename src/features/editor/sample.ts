import {
  scoreAnswers,
  type AdoptionAnswers,
  type Answers,
  type Level,
  type Questionnaire,
  type ScoreReport,
} from '../../domain/index.ts'

/** The sample companies the preview scores the draft on: what its weights and parameters make of them. */
export const SAMPLES = ['middle', 'toolsAhead', 'foundationFirst'] as const
export type Sample = (typeof SAMPLES)[number]

const LEVELS: Record<Sample, { foundation: Level; tools: Level }> = {
  middle: { foundation: 2, tools: 2 },
  toolsAhead: { foundation: 1, tools: 3 },
  foundationFirst: { foundation: 3, tools: 1 },
}

/** A sample company's answers to a questionnaire: every question of a layer at one level, and an inventory. */
export function sampleResponse(q: Questionnaire, sample: Sample): { answers: Answers; adoption: AdoptionAnswers } {
  const layerOf = new Map(q.dimensions.map((d) => [d.id, d.layer]))
  const answers: Answers = {}
  for (const question of q.questions)
    answers[question.id] = { choice: LEVELS[sample][layerOf.get(question.dimension) ?? 'foundation'] }
  const adoption: AdoptionAnswers = {}
  q.adoption?.items.forEach((item, i) => {
    adoption[item.id] = {
      choice:
        sample === 'toolsAhead'
          ? i % 3 === 0
            ? 'mostUse'
            : 'fewUse'
          : sample === 'middle'
            ? i % 2 === 0
              ? 'mostUse'
              : 'notIntroduced'
            : i % 4 === 0
              ? 'mostUse'
              : 'notIntroduced',
    }
  })
  return { answers, adoption }
}

/** The sample scored with the domain's own scoring, as a report would show it. */
export function scoreSample(q: Questionnaire, sample: Sample): ScoreReport {
  const { answers, adoption } = sampleResponse(q, sample)
  return scoreAnswers(q, answers, undefined, adoption)
}
