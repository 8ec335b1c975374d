import { expect, test } from 'vitest'
import { readPlan, sessionSteps, toggleIds, writePlan } from './session-plan.ts'
import { miniQuestionnaire } from '../../../../tests/builders/questionnaire.ts'

const q = miniQuestionnaire()

test('the steps are the chosen questions in questionnaire order; nothing known chosen means all', () => {
  expect(sessionSteps(q, ['te-b', 'customers'])).toEqual([2, 3, 5])
  expect(sessionSteps(q, [])).toEqual([0, 1, 2, 3, 4, 5])
  expect(sessionSteps(q, ['no-such-id'])).toEqual([0, 1, 2, 3, 4, 5])
})

test('toggling writes whole dimensions by their id, and everything back to nothing', () => {
  expect(toggleIds(q, [], ['te-a', 'te-b'], true)).toEqual(['technology'])
  expect(toggleIds(q, ['technology'], ['te-a'], false)).toEqual(['te-b'])
  expect(toggleIds(q, ['business-model', 'customers'], ['te-a', 'te-b'], true)).toEqual([])
})

test('the plan in the address: read with bounds, written beside the other parameters', () => {
  expect(readPlan(new URLSearchParams('only=a,,b&min=999'))).toEqual({ only: ['a', 'b'], minutes: 120 })
  expect(readPlan(new URLSearchParams('min=abc'))).toEqual({ only: [], minutes: 0 })
  const written = writePlan(new URLSearchParams('q=3&view=projector'), { only: ['customers'], minutes: 5 })
  expect(written.toString()).toBe('q=3&view=projector&only=customers&min=5')
  expect(writePlan(written, { only: [], minutes: 0 }).toString()).toBe('q=3&view=projector')
})
