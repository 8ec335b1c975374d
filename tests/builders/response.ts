// Response files as tests need them: to the mini questionnaire unless another is given, every field
// the format requires filled with fixed values, so results repeat.
import type { Answers, AssessmentResponse, Choice, Questionnaire } from '../../src/domain/index.ts'

type QuestionnaireRef = Pick<Questionnaire, 'id' | 'version'>

const MINI: QuestionnaireRef = { id: 'mini', version: '1.0' }
const CREATED = '2025-03-01T09:00:00.000Z'
const UPDATED = '2025-03-01T09:30:00.000Z'

/** Answers from question id → choice: `{ 'bm-a': 3, 'cu-b': 'dontKnow' }`. */
export function choices(byQuestion: Record<string, Choice>): Answers {
  return Object.fromEntries(Object.entries(byQuestion).map(([id, choice]) => [id, { choice }]))
}

/** A response with the given answers (none: not started) and any other fields overridden. */
export function buildResponse(
  answers: Answers = {},
  {
    questionnaire = MINI,
    ...extra
  }: Partial<Omit<AssessmentResponse, 'questionnaire'>> & {
    questionnaire?: QuestionnaireRef
  } = {},
): AssessmentResponse {
  return {
    format: 'groundwork-response',
    formatVersion: 2,
    id: 'test-response',
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers,
    createdAt: CREATED,
    updatedAt: UPDATED,
    ...extra,
  }
}

/** Every question of the questionnaire answered at `level`, except the `overrides`. */
export function answeredResponse(
  questionnaire: Questionnaire,
  level: Choice,
  overrides: Record<string, Choice> = {},
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  const answers = choices(Object.fromEntries(questionnaire.questions.map((q) => [q.id, overrides[q.id] ?? level])))
  return buildResponse(answers, { ...extra, questionnaire })
}

/** The same, with who answered and for which company, as the company step records them. */
export function withRespondent(
  response: AssessmentResponse,
  name = 'Jürgen Weiß',
  company = 'Müller Straßenbau GmbH',
): AssessmentResponse {
  return { ...response, respondent: { name }, company: { ...response.company, name: company } }
}

/** A participant's answers file, as a workshop imports it: `responseFile('r-anna', { 'bm-a': 3 }, { respondent })`. */
export function responseFile(
  id: string,
  byQuestion: Record<string, Choice>,
  extra: Partial<AssessmentResponse> = {},
): AssessmentResponse {
  return buildResponse(choices(byQuestion), { id, ...extra })
}
