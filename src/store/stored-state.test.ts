// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { ASSESSMENT_STORAGE_KEY, useAssessmentStore } from './assessment-store.ts'
import { QUESTIONNAIRE_STORAGE_KEY, useQuestionnaireStore } from './questionnaire-store.ts'
import { useSetAsideStore } from './set-aside.ts'

afterEach(() => {
  localStorage.clear()
  useAssessmentStore.setState({ response: null, lastQuestionId: null })
  useQuestionnaireStore.setState({ custom: null })
  useSetAsideStore.setState({ items: [] })
})

function store(key: string, state: unknown) {
  localStorage.setItem(key, JSON.stringify({ state, version: 1 }))
}

describe('stored state that fails validation', () => {
  it('is set aside as a backup with its problems, never silently deleted', async () => {
    const corrupt = {
      response: { format: 'groundwork-response', formatVersion: 1, answers: { 'bm-1': { choice: 'lots' } } },
    }
    store(ASSESSMENT_STORAGE_KEY, corrupt)
    await useAssessmentStore.persist.rehydrate()
    expect(useAssessmentStore.getState().response).toBeNull()
    const [item] = useSetAsideStore.getState().items
    expect(item?.key).toBe(ASSESSMENT_STORAGE_KEY)
    expect(JSON.parse(item!.raw)).toEqual(corrupt)
    expect(item?.problems.map((p) => p.path)).toContain('answers.bm-1.choice')
    const backups = Object.keys(localStorage).filter((k) => k.startsWith('groundwork.backup.'))
    expect(backups).toHaveLength(1)
  })

  it('is set aside for a loaded questionnaire too, falling back to the default', async () => {
    store(QUESTIONNAIRE_STORAGE_KEY, { custom: { id: 'x' } })
    await useQuestionnaireStore.persist.rehydrate()
    expect(useQuestionnaireStore.getState().custom).toBeNull()
    expect(useSetAsideStore.getState().items[0]?.key).toBe(QUESTIONNAIRE_STORAGE_KEY)
  })

  it('does not disturb a valid stored assessment', async () => {
    const response = {
      format: 'groundwork-response',
      formatVersion: 1,
      id: 'r-1',
      questionnaire: { id: 'groundwork', version: '1.0' },
      answers: { 'bm-value-statement': { choice: 2, note: 'siehe Protokoll' } },
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    }
    store(ASSESSMENT_STORAGE_KEY, { response, lastQuestionId: 'bm-value-statement' })
    await useAssessmentStore.persist.rehydrate()
    expect(useAssessmentStore.getState()).toMatchObject({ response, lastQuestionId: 'bm-value-statement' })
    expect(useSetAsideStore.getState().items).toEqual([])
  })
})
