// A realistic assessment on the shipped questionnaire, for the PDF tests, the page renders and the
// benchmarks: fixed, so results repeat.
import type {
  AdoptionAnswers,
  AdoptionChoice,
  Answers,
  AssessmentResponse,
  Choice,
  Participant,
  Questionnaire,
} from '../../src/domain/index.ts'
import { buildResponse } from './response.ts'

export { defaultQuestionnaire } from './questionnaire.ts'

const NOTES = [
  'Steht so im „Leitbild 2030“ – gelesen hat es kaum jemand.',
  'Die Großkunden bringen rund 60 % des Umsatzes; Zahlen für 2025 liegen vor (ca. 1,2 Mio. €).',
  'Müssen wir mit der Werkstatt klären – dort weiß man’s genauer.',
]

function response(
  questionnaire: Questionnaire,
  answers: Answers,
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  return buildResponse(answers, {
    id: 'fixture-solo',
    questionnaire,
    // As the company page stores them: the size is one of its options, the role the answering person's.
    company: {
      name: 'Müller Straßenbau GmbH',
      industry: 'Straßen- und Tiefbau',
      size: '10–49',
      role: 'Geschäftsführer',
    },
    respondent: { name: 'Jürgen Weiß' },
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-23T10:30:00.000Z',
    ...extra,
  })
}

/**
 * Every question answered: much bought and little used on a middling foundation (the CRM finding),
 * a few "don't know", "not needed" before the business model is clear, and notes with German typography.
 */
export function completeResponse(questionnaire: Questionnaire): AssessmentResponse {
  const answers: Answers = {}
  questionnaire.questions.forEach((question, i) => {
    const tools = questionnaire.dimensions.find((d) => d.id === question.dimension)?.layer === 'tools'
    const level = (tools ? 3 + (i % 2) : (i * 3 + 1) % 5) as Choice
    const choice: Choice = i % 11 === 5 ? 'dontKnow' : question.options.notNeeded ? 'notNeeded' : level
    answers[question.id] = i % 9 === 0 ? { choice, note: NOTES[(i / 9) % NOTES.length]! } : { choice }
  })
  return response(questionnaire, answers, { adoption: toolFirstAdoption(questionnaire) })
}

/** Most kinds of tool introduced, all but the first used by few: the pattern the seeds warn about. */
export function toolFirstAdoption(questionnaire: Questionnaire): AdoptionAnswers {
  const items = questionnaire.adoption?.items ?? []
  return Object.fromEntries(
    items.map((item, i): [string, { choice: AdoptionChoice }] => [
      item.id,
      { choice: i === 0 ? 'mostUse' : i % 4 === 3 ? 'notIntroduced' : 'fewUse' },
    ]),
  )
}

/** The first questions of each dimension only: a partial assessment. */
export function partialResponse(questionnaire: Questionnaire): AssessmentResponse {
  const answers: Answers = {}
  for (const dimension of questionnaire.dimensions)
    questionnaire.questions
      .filter((q) => q.dimension === dimension.id)
      .slice(0, 2)
      .forEach((question, i) => (answers[question.id] = { choice: ((i + 1) % 5) as Choice }))
  return response(questionnaire, answers, { id: 'fixture-partial', company: { name: 'Bäckerei Groß' }, respondent: {} })
}

const ROLES = ['management', 'staff', 'sales-service'] as const
const NAMES = ['Anna Schäfer', 'Bernd Özdemir', 'Clara Weiß', 'Dieter Brühl', 'Eva Jäger', 'Fritz Hoß']

/** `count` participants with roles in turn, a realistic mix of agreement and a few wide splits. */
export function teamParticipants(questionnaire: Questionnaire, count: number): Participant[] {
  return Array.from({ length: count }, (_, p) => {
    const role = ROLES[p % ROLES.length]!
    const answers: Answers = {}
    questionnaire.questions.forEach((question, i) => {
      // Mostly close together (management a level more optimistic); every sixth question splits the room.
      const base = ((i * 3 + 1) % 4) + (role === 'management' ? 1 : 0)
      const split = i % 6 === 0 ? (p % 2 === 0 ? 2 : -1) : 0
      const level = Math.max(0, Math.min(4, base + split))
      answers[question.id] = (i + p) % 13 === 0 ? { choice: 'dontKnow' } : { choice: level as Choice }
      if (p === 1 && i === 2)
        answers[question.id]!.note = 'Im Vertrieb sehen wir das anders – die Kunden fragen täglich nach.'
    })
    return { id: `p${p + 1}`, name: NAMES[p % NAMES.length]!, role, answers }
  })
}

export const fixtureWorkshop = {
  title: 'Standortbestimmung Frühjahr',
  date: '2026-11-23',
  organisation: 'Müller Straßenbau GmbH',
  facilitator: 'Eva Groß',
}

export const fixtureBranding = {
  name: 'Eva Groß',
  company: 'Groß & Partner Beratung',
  contact: 'eva.gross@example.org · 0711 123 45 67',
  accent: '#7a3e9d',
}
