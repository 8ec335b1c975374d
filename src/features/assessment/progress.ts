import {
  choiceOf,
  type Answers,
  type Dimension,
  type Question,
  type Questionnaire,
  sameQuestionnaire,
} from '../../domain/index.ts'
import { paths } from '../../ui/paths.ts'

/** A question counts as answered once it has a choice; a note alone does not answer it. */
export function isAnswered(question: Question, answers: Answers): boolean {
  return choiceOf(answers, question.id) !== undefined
}

export interface DimensionProgress {
  dimension: Dimension
  questions: Question[]
  answered: number
  unanswered: Question[]
}

/** Per dimension, in questionnaire order: its questions, how many are answered, which are open. */
export function progressByDimension(questionnaire: Questionnaire, answers: Answers): DimensionProgress[] {
  return questionnaire.dimensions.map((dimension) => {
    const questions = questionnaire.questions.filter((q) => q.dimension === dimension.id)
    const unanswered = questions.filter((q) => !isAnswered(q, answers))
    return { dimension, questions, answered: questions.length - unanswered.length, unanswered }
  })
}

/** Answered and total over the whole questionnaire. */
export function overallProgress(questionnaire: Questionnaire, answers: Answers): { answered: number; total: number } {
  const answered = questionnaire.questions.filter((q) => isAnswered(q, answers)).length
  return { answered, total: questionnaire.questions.length }
}

/** The next unanswered question after `afterId` in questionnaire order, wrapping around to the start. */
export function nextUnanswered(
  questionnaire: Questionnaire,
  answers: Answers,
  afterId?: string | null,
): Question | undefined {
  const { questions } = questionnaire
  const start = afterId ? questions.findIndex((q) => q.id === afterId) + 1 : 0
  for (let i = 0; i < questions.length; i++) {
    const question = questions[(start + i) % questions.length]!
    if (!isAnswered(question, answers)) return question
  }
  return undefined
}

/** The step route of a dimension. */
export function dimensionPath(dimensionId: string): string {
  return paths.step(dimensionId)
}

/** The step route with the question to scroll to and focus. */
export function questionPath(question: Pick<Question, 'id' | 'dimension'>): string {
  return `${dimensionPath(question.dimension)}?q=${encodeURIComponent(question.id)}`
}

/**
 * Where "resume" goes: the report once every question is answered (there is nothing left to do but
 * read it), else the last question worked on, else the first open one.
 */
export function resumePath(questionnaire: Questionnaire, answers: Answers, lastQuestionId: string | null): string {
  const { answered, total } = overallProgress(questionnaire, answers)
  if (total > 0 && answered === total) return paths.report()
  const last = questionnaire.questions.find((q) => q.id === lastQuestionId)
  if (last) return questionPath(last)
  const open = nextUnanswered(questionnaire, answers)
  return open ? questionPath(open) : paths.overview()
}

/** Whether a stored response belongs to this questionnaire (same id and version). */
export function responseFits(
  response: { questionnaire: { id: string; version: string } },
  questionnaire: Questionnaire,
): boolean {
  return sameQuestionnaire(response.questionnaire, questionnaire)
}
