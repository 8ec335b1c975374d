import { describe, expect, it } from 'vitest'
import { formatPath } from './validation.ts'

describe('formatPath', () => {
  it('writes paths the way an author reads JSON', () => {
    expect(formatPath(['questions', 12, 'levels', 3, 'en'])).toBe('questions[12].levels[3].en')
    expect(formatPath(['answers', 'bm-1', 'choice'])).toBe('answers.bm-1.choice')
    expect(formatPath(['answers', 'a b'])).toBe('answers["a b"]')
    expect(formatPath([])).toBe('(root)')
  })
})
