// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { ASSESSMENT_STORAGE_KEY, useAssessmentStore } from './assessment-store.ts'
import { QUESTIONNAIRE_STORAGE_KEY, useQuestionnaireStore } from './questionnaire-store.ts'
import { useSetAsideStore } from './set-aside.ts'
import { versionedStorage } from './versioned-storage.ts'

afterEach(() => {
  localStorage.clear()
  useAssessmentStore.setState({ response: null, lastQuestionId: null })
  useQuestionnaireStore.setState({ custom: null })
  useSetAsideStore.setState({ items: [] })
})

/** A stored response that passes validation. */
function validResponse(id: string, answers: Record<string, unknown>) {
  return {
    format: 'groundwork-response',
    formatVersion: 1,
    id,
    questionnaire: { id: 'groundwork', version: '1.0' },
    answers,
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
  }
}

function store(key: string, state: unknown, version = 1) {
  localStorage.setItem(key, JSON.stringify({ state, version }))
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
    const response = validResponse('r-1', { 'bm-value-statement': { choice: 2, note: 'siehe Protokoll' } })
    store(ASSESSMENT_STORAGE_KEY, { response, lastQuestionId: 'bm-value-statement' })
    await useAssessmentStore.persist.rehydrate()
    // A landed version-1 response is read and upgraded to the current format, its answers untouched.
    expect(useAssessmentStore.getState()).toMatchObject({
      response: { ...response, formatVersion: 2 },
      lastQuestionId: 'bm-value-statement',
    })
    expect(useSetAsideStore.getState().items).toEqual([])
  })
})

describe('stored state of another storage version', () => {
  const response = validResponse('r-2', { 'bm-value-statement': { choice: 3 } })

  it('saved by a newer Groundwork: kept as a backup with a message, not dropped without a word', async () => {
    store(ASSESSMENT_STORAGE_KEY, { response, lastQuestionId: null }, 2)
    await useAssessmentStore.persist.rehydrate()
    expect(useAssessmentStore.getState().response).toBeNull()
    const [item] = useSetAsideStore.getState().items
    expect(item?.problems[0]?.message).toMatch(/newer version of Groundwork \(storage version 2\)/)
    expect(JSON.parse(item!.raw)).toEqual({ state: { response, lastQuestionId: null }, version: 2 })
    expect(Object.keys(localStorage).filter((k) => k.startsWith('groundwork.backup.'))).toHaveLength(1)
  })

  it('an older version passes through every upgrade in turn', () => {
    const options = versionedStorage('groundwork.test', 3, {
      1: (state) => ({ ...state, answers: state.answers ?? {} }),
      2: (state) => ({ ...state, upgradedTo3: true }),
    })
    expect(options.migrate({ id: 'a' }, 1)).toEqual({ id: 'a', answers: {}, upgradedTo3: true })
    expect(options.migrate({ id: 'b', answers: { x: 1 } }, 2)).toEqual({
      id: 'b',
      answers: { x: 1 },
      upgradedTo3: true,
    })
    expect(useSetAsideStore.getState().items).toEqual([])
  })

  it('an old version with no upgrade is set aside, not read as if it were current', () => {
    const options = versionedStorage('groundwork.test', 3, { 2: (state) => state })
    expect(options.migrate({ id: 'a' }, 1)).toBeUndefined()
    expect(useSetAsideStore.getState().items[0]?.problems[0]?.message).toBe(
      'storage version 1 cannot be upgraded to version 3',
    )
  })
})
