import { describe, expect, it } from 'vitest'
import { sameQuestionnaire } from './reference.ts'

describe('sameQuestionnaire', () => {
  it('takes the same id and version as the same questionnaire', () => {
    expect(sameQuestionnaire({ id: 'groundwork', version: '1.1' }, { id: 'groundwork', version: '1.1' })).toBe(true)
  })

  it('tells another version of the same questionnaire apart, and another questionnaire of the same version', () => {
    expect(sameQuestionnaire({ id: 'groundwork', version: '1.0' }, { id: 'groundwork', version: '1.1' })).toBe(false)
    expect(sameQuestionnaire({ id: 'own', version: '1.1' }, { id: 'groundwork', version: '1.1' })).toBe(false)
  })
})
