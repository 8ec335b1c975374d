import { describe, expect, it } from 'vitest'
import { validateQuestionnaire, type Answers } from '../../domain/index.ts'
import mini from '../../../tests/fixtures/mini-questionnaire.json'
import { resumePath } from './progress.ts'

const checked = validateQuestionnaire(mini)
if (!checked.ok) throw new Error('the mini questionnaire fixture is invalid')
const questionnaire = checked.value
const [first, second] = questionnaire.questions

describe('where "resume" leads', () => {
  it('back to the last question worked on while questions are open', () => {
    const answers: Answers = { [first!.id]: { choice: 2 } }
    expect(resumePath(questionnaire, answers, first!.id)).toBe(`/assess/${first!.dimension}?q=${first!.id}`)
  })

  it('to the first open question when the last one is not known', () => {
    const answers: Answers = { [first!.id]: { choice: 2 } }
    expect(resumePath(questionnaire, answers, null)).toBe(`/assess/${second!.dimension}?q=${second!.id}`)
  })

  it('to the report once every question is answered, whatever was worked on last', () => {
    const answers: Answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, { choice: 'dontKnow' }]))
    expect(resumePath(questionnaire, answers, first!.id)).toBe('/report')
  })
})
